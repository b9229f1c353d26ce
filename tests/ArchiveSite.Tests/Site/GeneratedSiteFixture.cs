namespace ArchiveSite.Tests.Site;

/// <summary>One generated archive of <see cref="ArticleCount"/> articles over four years, built twice:
/// at the root of a host and under the base path <c>/archive/</c>.</summary>
public sealed class GeneratedSiteFixture : IAsyncLifetime
{
    public const int ArticleCount = 240;
    public const string BaseUrl = "https://example.org/archive/";

    private readonly TempSite _site = new();

    public string Input => _site.Input;

    public string RootOutput => _site.Output;

    public string BasePathOutput => Path.Combine(_site.Root, "output-archive");

    public (int ExitCode, string Output, string Errors) RootBuild { get; private set; }

    public (int ExitCode, string Output, string Errors) BasePathBuild { get; private set; }

    internal TempSite Site => _site;

    public async Task InitializeAsync()
    {
        SyntheticArchive.Write(_site.Input, ArticleCount);
        RootBuild = await _site.BuildAsync();
        BasePathBuild = await _site.BuildAsync(BasePathOutput, "--base-url", BaseUrl);
    }

    public Task DisposeAsync()
    {
        _site.Dispose();
        return Task.CompletedTask;
    }
}
