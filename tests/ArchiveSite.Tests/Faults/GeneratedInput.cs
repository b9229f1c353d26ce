using ArchiveSite.Core.Content;

namespace ArchiveSite.Tests.Faults;

/// <summary>Writes many article pages into an input folder, so that a build takes long enough to be caught midway.</summary>
internal static class GeneratedInput
{
    private static readonly string s_body = string.Join("\n\n", Enumerable.Range(1, 15).Select(i => $"Абзац {i}: мешканці Києва та Львова обговорювали новини дня, а депутати — бюджет."));

    public static void Write(string inputFolder, int count, int first = 0)
    {
        for (var i = first; i < first + count; i++)
        {
            var month = (i % 12) + 1;
            var frontMatter = new FrontMatter
            {
                Title = $"Згенерована сторінка {i}",
                Date = new DateTimeOffset(2025, month, (i % 28) + 1, 10, 0, 0, TimeSpan.FromHours(2)),
                Slug = $"page-{i}",
                Lang = "uk",
                Tags = [$"тема {i % 40}", "Київ"],
                Persons = [$"Особа{i % 25} Прізвище{i % 25}"],
            };
            var folder = Path.Combine(inputFolder, "articles", "2025", $"{month:00}");
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, $"page-{i}.md"), FrontMatterWriter.Write(frontMatter, s_body + "\n"));
        }
    }
}
