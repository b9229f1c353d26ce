using ArchiveSite.Core.Content;
using ArchiveSite.Core.Import;
using ArchiveSite.Core.Site;

namespace ArchiveSite.Tests;

/// <summary>A throw-away site folder with seeds/, input/ and output/, deleted after the test.</summary>
internal sealed class TempSite : IDisposable
{
    public TempSite()
    {
        Root = Path.Combine(Path.GetTempPath(), "archivesite-test-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Seeds);
        Directory.CreateDirectory(Input);
    }

    public string Root { get; }

    public string Seeds => Path.Combine(Root, "seeds");

    public string Input => Path.Combine(Root, "input");

    public string Output => Path.Combine(Root, "output");

    public void AddRepositorySeed()
    {
        File.Copy(RepositoryFiles.SeedPath, Path.Combine(Seeds, RepositoryFiles.SeedFileName));
    }

    /// <summary>The page import made for a seed, or null when there is none.</summary>
    public ArticlePage? PageOfSeed(string seedFileName)
    {
        var articles = Path.Combine(Input, SeedImporter.ArticlesFolder);
        if (!Directory.Exists(articles))
        {
            return null;
        }

        return Directory.GetFiles(articles, "*.md", SearchOption.AllDirectories)
            .Select(f => FrontMatterReader.Read(Path.GetRelativePath(Input, f).Replace('\\', '/'), File.ReadAllText(f)))
            .SingleOrDefault(p => p.FrontMatter.Seed == seedFileName);
    }

    /// <summary>An editor retitles the page of the good seed while its seed gains a paragraph: the case the
    /// three-way merge is for.</summary>
    public void EditGoodPageAndItsSeed(string pagePath)
    {
        File.WriteAllText(pagePath, File.ReadAllText(pagePath).Replace("title: \"Київ відкрив новий міст через Дніпро\"", "title: \"Новий міст у Києві (ред.)\"", StringComparison.Ordinal));
        var seed = Path.Combine(Seeds, "001_good.txt");
        File.WriteAllText(seed, File.ReadAllText(seed) + "\nДодано пізніше: рух відкрили і для трамваїв.\n");
    }

    /// <summary>The HTML of the built article page for a page of input/.</summary>
    public string ArticleHtml(ArticlePage page) =>
        File.ReadAllText(Path.Combine(Output, SiteUrls.FileOf(SiteUrls.Article(page.FrontMatter))));

    /// <summary>Every file of a folder, relative path to bytes, for comparing a site before and after.</summary>
    public static SortedDictionary<string, byte[]> Snapshot(string folder) =>
        new(Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllBytes), StringComparer.Ordinal);

    public async Task<(int ExitCode, string Output, string Errors)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var code = await Cli.CliApp.RunAsync(args, output, errors, CancellationToken.None);
        return (code, output.ToString(), errors.ToString());
    }

    public Task<(int ExitCode, string Output, string Errors)> ImportAsync(params string[] extra) =>
        RunAsync(["import", "--seeds", Seeds, "--input", Input, .. extra]);

    /// <summary>The default command: import, then build (without the search index).</summary>
    public Task<(int ExitCode, string Output, string Errors)> ImportAndBuildAsync(params string[] extra) =>
        RunAsync(["--seeds", Seeds, "--input", Input, "--output", Output, "--no-search", .. extra]);

    /// <summary>Builds without the search index (its own tests make one), so tests need no Node.js.</summary>
    public Task<(int ExitCode, string Output, string Errors)> BuildAsync(string? output = null, params string[] extra) =>
        RunAsync(["build", "--input", Input, "--output", output ?? Output, "--no-search", .. extra]);

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
