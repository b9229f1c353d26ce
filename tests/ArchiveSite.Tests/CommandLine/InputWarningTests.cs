namespace ArchiveSite.Tests.CommandLine;

/// <summary>An input folder the build finds nothing in, and folders that are not there.</summary>
public sealed class InputWarningTests : IDisposable
{
    private readonly TempSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task InputWithoutArticles_WarnsWhereArticlesAreLookedFor()
    {
        // A Hugo content folder given as --input: Markdown, but not under articles/.
        Directory.CreateDirectory(Path.Combine(_site.Input, "posts"));
        File.WriteAllText(Path.Combine(_site.Input, "posts", "hello.md"), "# Hello\n");

        var (code, _, errors) = await _site.BuildAsync();

        Assert.Equal(0, code);
        Assert.Contains($"warning: {_site.Input}: no articles found; they are read from {Path.Combine(_site.Input, "articles", "**", "*.md")}", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InputWithArticles_HasNoSuchWarning()
    {
        _site.AddRepositorySeed();

        var (code, _, errors) = await _site.ImportAndBuildAsync();

        Assert.True(code == 0, errors);
        Assert.DoesNotContain("no articles found", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingSeedsFolder_SaysWhatToDo()
    {
        Directory.Delete(_site.Seeds);

        var (code, _, errors) = await _site.ImportAsync();

        Assert.Equal(1, code);
        Assert.Contains($"error: {_site.Seeds}: the seeds folder does not exist; put the seed documents (*.txt) there, or give their folder with --seeds", errors, StringComparison.Ordinal);
    }
}
