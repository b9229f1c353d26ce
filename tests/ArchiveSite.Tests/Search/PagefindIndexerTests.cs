using ArchiveSite.Cli.Search;

namespace ArchiveSite.Tests.Search;

public sealed class PagefindIndexerTests : IDisposable
{
    private readonly TempSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task IndexAsync_WithoutNode_SkipsAndSaysHowToEnableSearch()
    {
        Directory.CreateDirectory(_site.Output);

        var result = await PagefindIndexer.IndexAsync(_site.Output, CancellationToken.None, searchPath: Path.Combine(_site.Root, "no-tools-here"));

        Assert.False(result.Indexed);
        Assert.Contains("skipped", result.Message, StringComparison.Ordinal);
        Assert.Contains("install Node.js", result.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_site.Output, "pagefind")));
    }

    [Fact]
    public async Task Build_WithSearch_WritesThePagefindIndexWhereNodeIsPresent()
    {
        if (Environment.GetEnvironmentVariable("PATH")?.Split(Path.PathSeparator).Any(p => File.Exists(Path.Combine(p, "npm"))) != true)
        {
            return;
        }

        _site.AddRepositorySeed();
        await _site.ImportAsync();

        var (code, output, errors) = await _site.RunAsync("build", "--input", _site.Input, "--output", _site.Output);

        Assert.True(code == 0, errors);
        Assert.Contains("search: indexed", output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_site.Output, "pagefind", "pagefind-ui.js")));
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(_site.Output, "pagefind", "fragment")));
    }
}
