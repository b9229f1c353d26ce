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

    [Fact]
    public void ListWhereOneValueIsExpected_IsNamedAtTheList()
    {
        File.WriteAllText(Persons, "persons:\n  - name: [Сергій Рябков]\n");

        var error = Assert.Throws<DataFileException>(() => NewsAnnotator.Create(_folder));

        Assert.Equal($"{Persons}:2:11: name: expected one value (a line of text), found a list; write it on the same line as name:, without [ ] or a leading -", error.Message);
    }

    [Fact]
    public void SingleValueWhereAListIsExpected_IsNamedAtTheValue()
    {
        File.WriteAllText(Persons, "persons: Сергій Рябков\n");

        var error = Assert.Throws<DataFileException>(() => NewsAnnotator.Create(_folder));

        Assert.Equal($"{Persons}:1:10: persons: expected a list of persons, each starting with '- name:', found the single value 'Сергій Рябков'", error.Message);
    }

    [Fact]
    public void UnclosedBracket_IsNamedWhereItOpens()
    {
        File.WriteAllText(Persons, "persons:\n  - name: Сергій Рябков\n    aliases: [Сергей Рябков\n");

        var error = Assert.Throws<DataFileException>(() => NewsAnnotator.Create(_folder));

        Assert.Equal((3, 14), (error.Line, error.Column));
        Assert.StartsWith($"{Persons}:3:14: this [ is not closed: end the list with ]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnclosedBracketBeforeMorePersons_IsNamedWhereItOpens()
    {
        File.WriteAllText(Persons, "persons:\n  - name: Сергій Рябков\n    aliases: [Сергей Рябков\n  - name: Юлія Свириденко\n    aliases: [Юлия Свириденко]\n");

        var error = Assert.Throws<DataFileException>(() => NewsAnnotator.Create(_folder));

        Assert.StartsWith($"{Persons}:3:14: this [ is not closed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PersonsFileThatIsAList_SaysWhatTheFileHolds()
    {
        File.WriteAllText(Persons, "- name: Сергій Рябков\n");

        var error = Assert.Throws<DataFileException>(() => NewsAnnotator.Create(_folder));

        Assert.Equal($"{Persons}:1:1: expected the fields persons: (a list of persons) and exclude: (a list of names that are not persons), found a list", error.Message);
    }

    [Fact]
    public void TagsFileThatIsAMapping_SaysWhatTheFileHolds()
    {
        File.WriteAllText(Tags, "tag: війна\nstems: [війн]\n");

        var error = Assert.Throws<DataFileException>(() => NewsAnnotator.Create(_folder));

        Assert.Equal($"{Tags}:1:1: expected a list of tags, each starting with '- tag:', found a set of fields (name: value)", error.Message);
    }

    [Fact]
    public void TagWrittenAsAList_IsNamedAtTheList()
    {
        File.WriteAllText(Tags, "- tag: війна\n  stems: [війн]\n- tag: [мир]\n");

        var error = Assert.Throws<DataFileException>(() => NewsAnnotator.Create(_folder));

        Assert.StartsWith($"{Tags}:3:8: tag: expected one value", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MinimumThatIsNotANumber_IsNamed()
    {
        File.WriteAllText(Tags, "- tag: війна\n  stems: [війн]\n  min: два\n");

        var error = Assert.Throws<DataFileException>(() => NewsAnnotator.Create(_folder));

        Assert.Equal($"{Tags}:3:8: min: expected a whole number, found 'два'", error.Message);
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
