using ArchiveSite.Core.Language.Persons;

namespace ArchiveSite.Core.Tests.Language;

public sealed class SurnameNormalizerTests
{
    private static string Table(string language) =>
        Path.Combine(RepositoryFiles.Root, "tests", "ArchiveSite.Core.Tests", "Language", "Data", $"surname_forms_{language}.tsv");

    /// <summary>
    /// Every case form of sample surnames (men and women; Ukrainian, Russian-type and foreign) as the shevchenko
    /// (uk) and petrovich (ru) libraries decline them: the rules must give the nominative back, first in almost
    /// all cases (today 291/300 uk, 123/130 ru; the rest are truly ambiguous, e.g. Садовим: Садов or Садовий).
    /// </summary>
    [Theory]
    [InlineData("uk", 0.95)]
    [InlineData("ru", 0.92)]
    public void Candidates_LibraryDeclinedForms_GiveTheNominativeBack(string language, double share)
    {
        var rows = File.ReadLines(Table(language)).Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Split('\t')).ToList();
        var first = 0;
        var anywhere = 0;
        var wrong = new List<string>();
        foreach (var row in rows)
        {
            var gender = row[1] == "f" ? Gender.Feminine : Gender.Masculine;
            var candidates = SurnameNormalizer.Default.Candidates(row[0], gender, GrammaticalCaseCodes.Parse(row[2]), language);
            if (candidates[0] == row[3])
            {
                first++;
            }
            else
            {
                wrong.Add($"{row[0]} ({row[1]} {row[2]}) → {string.Join("/", candidates)}, expected {row[3]}");
            }

            anywhere += candidates.Contains(row[3]) ? 1 : 0;
        }

        Assert.True(first >= rows.Count * share, $"first candidate right {first}/{rows.Count}:\n" + string.Join('\n', wrong));
        Assert.True(anywhere >= rows.Count * (share + 0.02), $"among candidates {anywhere}/{rows.Count}:\n" + string.Join('\n', wrong));
    }

    [Theory]
    [InlineData("Рябковим", "m", "I", "Рябков")]
    [InlineData("Рябкова", "m", "G", "Рябков")]
    [InlineData("Віткоффом", "m", "I", "Віткофф")]
    [InlineData("Вадефулем", "m", "I", "Вадефуль")]
    [InlineData("Шольцем", "m", "I", "Шольц")]
    [InlineData("Шевченка", "m", "G", "Шевченко")]
    [InlineData("Тимошенко", "f", "G", "Тимошенко")]
    [InlineData("Світоліної", "f", "G", "Світоліна")]
    [InlineData("Сумською", "f", "I", "Сумська")]
    [InlineData("Меркель", "f", "I", "Меркель")]
    public void Nominative_UkrainianForm_GivesNominative(string form, string gender, string kase, string expected)
    {
        var result = SurnameNormalizer.Default.Nominative(form, gender == "f" ? Gender.Feminine : Gender.Masculine, GrammaticalCaseCodes.Parse(kase), "uk");

        Assert.Equal(expected, result);
    }

    [Theory]
    [InlineData("Рябковым", "m", "I", "Рябков")]
    [InlineData("Навального", "m", "G", "Навальный")]
    [InlineData("Сырского", "m", "G", "Сырский")]
    [InlineData("Захаровой", "f", "G", "Захарова")]
    [InlineData("Бурковскую", "f", "A", "Бурковская")]
    [InlineData("Толстой", "f", "G", "Толстая")]
    [InlineData("Горькому", "m", "D", "Горький")]
    public void Nominative_RussianForm_GivesNominative(string form, string gender, string kase, string expected)
    {
        var result = SurnameNormalizer.Default.Nominative(form, gender == "f" ? Gender.Feminine : Gender.Masculine, GrammaticalCaseCodes.Parse(kase), "ru");

        Assert.Equal(expected, result);
    }
}
