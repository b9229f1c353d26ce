namespace ArchiveSite.Tests.CommandLine;

/// <summary>An editor's mistake in <c>input/_data/</c>: an error at its file, line and column, and the site built
/// before left as it was. (Each kind of mistake is told apart in ArchiveSite.Core.Tests' DataFileErrorTests.)</summary>
public sealed class EditorDataErrorTests : IDisposable
{
    private readonly TempSite _site = new();

    public EditorDataErrorTests() => _site.AddRepositorySeed();

    private string DataFile(string name) => Path.Combine(_site.Input, "_data", name);

    public void Dispose() => _site.Dispose();

    [Theory]
    [InlineData("persons.yml", "persons:\n  - name: [Сергій Рябков]\n", 2, 11, "name: expected one value (a line of text), found a list")]
    [InlineData("persons.yml", "persons:\n  - name: Сергій Рябков\n    aliases: [Сергей Рябков\n", 3, 14, "this [ is not closed")]
    [InlineData("persons.yml", "- name: Сергій Рябков\n", 1, 1, "expected the fields persons: (a list of persons)")]
    [InlineData("tags.yml", "- tag: війна\n  stems: {війн}\n", 2, 10, "stems: expected a list of values such as [переговор, перемовин], found a set of fields")]
    [InlineData("tags.yml", "tag: війна\n", 1, 1, "expected a list of tags, each starting with '- tag:'")]
    public async Task Mistake_IsNamedAndTheSiteIsKept(string file, string text, int line, int column, string problem)
    {
        var (built, _, buildErrors) = await _site.ImportAndBuildAsync();
        Assert.True(built == 0, buildErrors);
        var before = TempSite.Snapshot(_site.Output);
        File.WriteAllText(DataFile(file), text);

        var (code, output, errors) = await _site.ImportAndBuildAsync();

        Assert.Equal(1, code);
        Assert.Contains($"error: {DataFile(file)}:{line}:{column}: {problem}", errors, StringComparison.Ordinal);
        Assert.Contains($"Nothing was written: the site built before is as it was. Fix {DataFile(file)}, then run again.", errors, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", errors, StringComparison.Ordinal);
        Assert.Equal(string.Empty, output);
        Assert.Equal(before, TempSite.Snapshot(_site.Output));
    }

    [Fact]
    public async Task BuildAlone_WithBadPersons_KeepsTheSite()
    {
        await _site.ImportAndBuildAsync();
        var before = TempSite.Snapshot(_site.Output);
        File.WriteAllText(DataFile("persons.yml"), "persons: Сергій Рябков\n");

        var (code, _, errors) = await _site.BuildAsync();

        Assert.Equal(1, code);
        Assert.Contains($"error: {DataFile("persons.yml")}:1:10: persons: expected a list of persons", errors, StringComparison.Ordinal);
        Assert.Equal(before, TempSite.Snapshot(_site.Output));
    }

    [Fact]
    public async Task SingleAliasWithoutBrackets_IsAccepted()
    {
        Directory.CreateDirectory(Path.Combine(_site.Input, "_data"));
        File.WriteAllText(DataFile("persons.yml"), "persons:\n  - name: Сергій Рябков\n    aliases: Сергей Рябков\n");

        var (code, _, errors) = await _site.ImportAndBuildAsync();

        Assert.True(code == 0, errors);
        Assert.Equal(string.Empty, errors);
    }
}
