using System.Globalization;
using System.Text;
using ArchiveSite.Core.Content;
using ArchiveSite.Core.Import;

namespace ArchiveSite.Tests;

/// <summary>A deterministic archive of generated article pages spread over several years, written
/// straight into an input folder, for tests of the whole site.</summary>
internal static class SyntheticArchive
{
    public static readonly string[] Tags =
    [
        "Україна", "США", "Росія", "Німеччина", "Київ", "Львів", "економіка", "енергетика",
        "спорт", "культура", "переговори", "дипломатія", "війна", "суди",
    ];

    public static readonly string[] Persons =
    [
        "Сергій Рябков", "Кирило Дмитрієв", "Стів Віткофф", "Джаред Кушнер", "Йоганн Вадефуль",
        "Юлія Тимошенко", "Володимир Зеленський", "Ангела Меркель", "Олаф Шольц", "Дональд Трамп",
        "Ґреґ Абботт", "Євген Марчук", "Ірина Шевчук", "Андрій Сибіга", "Ольга Стефанішина",
    ];

    private static readonly string[] s_words =
    [
        "уряд", "рада", "зустріч", "рішення", "заява", "план", "закон", "бюджет", "угода", "суд",
        "місто", "область", "переговори", "санкції", "вибори", "реформа", "енергія", "ринок", "мир", "допомога",
    ];

    /// <summary>Writes <paramref name="count"/> pages dated from January 2022 onwards, about a week apart.</summary>
    public static void Write(string inputDirectory, int count, int seed = 7)
    {
        var random = new Random(seed);
        var start = new DateTimeOffset(2022, 1, 3, 9, 0, 0, TimeSpan.FromHours(2));
        for (var i = 0; i < count; i++)
        {
            var date = start.AddDays(i * 5.3).AddMinutes(random.Next(0, 600));
            date = new DateTimeOffset(date.DateTime, TimeSpan.FromHours(date.Month is >= 4 and <= 10 ? 3 : 2));
            var title = $"Новина {i.ToString(CultureInfo.InvariantCulture)}: {Words(random, 5)}";
            var frontMatter = new FrontMatter
            {
                Title = title,
                Date = date,
                Slug = $"novyna-{i.ToString(CultureInfo.InvariantCulture)}",
                Lang = "uk",
                Summary = $"Короткий зміст новини {i.ToString(CultureInfo.InvariantCulture)}: {Words(random, 8)}.",
                Tags = [.. Pick(random, Tags, 2 + random.Next(4))],
                Persons = [.. Pick(random, Persons, random.Next(4))],
                Seed = $"{i:D5}.txt",
            };
            var body = new StringBuilder();
            for (var p = 0; p < 3; p++)
            {
                body.Append(MarkdownText.Escape($"Абзац {p + 1}. {Words(random, 30)}.")).Append("\n\n");
            }

            var path = Path.Combine(inputDirectory, SeedImporter.PagePath(frontMatter));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, FrontMatterWriter.Write(frontMatter, body.ToString().TrimEnd('\n') + "\n"));
        }
    }

    private static string Words(Random random, int count) =>
        string.Join(' ', Enumerable.Range(0, count).Select(_ => s_words[random.Next(s_words.Length)]));

    /// <summary>Picks distinct items with a Zipf-like lean towards the first ones.</summary>
    private static IEnumerable<string> Pick(Random random, string[] items, int count)
    {
        var chosen = new List<string>();
        while (chosen.Count < Math.Min(count, items.Length))
        {
            var index = (int)(items.Length * Math.Pow(random.NextDouble(), 2));
            if (!chosen.Contains(items[index]))
            {
                chosen.Add(items[index]);
            }
        }

        return chosen;
    }
}
