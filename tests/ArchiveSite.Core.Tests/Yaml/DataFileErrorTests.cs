using ArchiveSite.Core.Language;
using ArchiveSite.Core.Yaml;

namespace ArchiveSite.Core.Tests.Yaml;

/// <summary>An editor's mistakes in <c>persons.yml</c> and <c>tags.yml</c>: each named at its file, line and
/// column, in plain words.</summary>
public sealed class DataFileErrorTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "archivesite-data-errors-" + Guid.NewGuid().ToString("N"));

    public DataFileErrorTests() => Directory.CreateDirectory(_folder);

    private string Persons => Path.Combine(_folder, AnnotatorData.PersonsFileName);

    private string Tags => Path.Combine(_folder, AnnotatorData.TagsFileName);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("persons.yml", "persons:\n  - name: [Сергій Рябков]\n", 2, 11, "name: expected one value (a line of text), found a list; write it on the same line as name:, without [ ] or a leading -")]
    [InlineData("persons.yml", "persons: Сергій Рябков\n", 1, 10, "persons: expected a list of persons, each starting with '- name:', found the single value 'Сергій Рябков'")]
    [InlineData("persons.yml", "persons:\n  - name: Сергій Рябков\n    aliases: [Сергей Рябков\n", 3, 14, "this [ is not closed: end the list with ] on the same line, as in [Сергей Рябков, Serhii Riabkov]")]
    [InlineData("persons.yml", "persons:\n  - name: Сергій Рябков\n    aliases: [Сергей Рябков\n  - name: Юлія Свириденко\n    aliases: [Юлия Свириденко]\n", 3, 14, "this [ is not closed: end the list with ] on the same line, as in [Сергей Рябков, Serhii Riabkov]")]
    [InlineData("persons.yml", "persons:\n  - name: Сергій\n    aliases:\n      - {Сергей: 1}\n", 4, 9, "aliases: expected each item of the list to be one value, as in [Сергей Рябков, Serhii Riabkov], found a set of fields (name: value)")]
    [InlineData("persons.yml", "- name: Сергій Рябков\n", 1, 1, "expected the fields persons: (a list of persons) and exclude: (a list of names that are not persons), found a list")]
    [InlineData("tags.yml", "tag: війна\nstems: [війн]\n", 1, 1, "expected a list of tags, each starting with '- tag:', found a set of fields (name: value)")]
    [InlineData("tags.yml", "- tag: війна\n  stems: [війн]\n- tag: [мир]\n", 3, 8, "tag: expected one value (a line of text), found a list; write it on the same line as tag:, without [ ] or a leading -")]
    [InlineData("tags.yml", "- tag: війна\n  stems: [війн]\n  min: два\n", 3, 8, "min: expected a whole number, found 'два'")]
    [InlineData("tags.yml", "- tag: війна\n  stems: [війн, \"мир]\n", 2, 10, "this [ is not closed: end the list with ] on the same line, as in [Сергей Рябков, Serhii Riabkov]")]
    public void Mistake_IsNamedAtItsLineAndColumn(string file, string text, int line, int column, string problem)
    {
        var path = Path.Combine(_folder, file);
        File.WriteAllText(path, text);

        var error = Assert.Throws<DataFileException>(() => NewsAnnotator.Create(_folder));

        Assert.Equal((path, line, column), (error.Path, error.Line, error.Column));
        Assert.Equal($"{path}:{line}:{column}: {problem}", error.Message);
    }

    [Fact]
    public void SingleAliasWithoutBrackets_IsAnAlias()
    {
        File.WriteAllText(Persons, "persons:\n  - name: Петро Тестовий\n    aliases: Пётр Тестовый\n");

        var key = CanonicalPersonName.ForSite(_folder);

        Assert.Equal("Петро Тестовий", key("Пётр Тестовый"));
    }

    [Fact]
    public void SingleStemWithoutBrackets_IsAStem()
    {
        File.WriteAllText(Tags, "- tag: бджільництво\n  stems: вулик\n  min: 1\n");

        var annotation = NewsAnnotator.Create(_folder).Annotate([new AnnotationInput("1.txt", "uk", "Вулики", null, ["На пасіці стоять вулики."])]);

        Assert.Contains("бджільництво", annotation[0].Tags);
    }
}
