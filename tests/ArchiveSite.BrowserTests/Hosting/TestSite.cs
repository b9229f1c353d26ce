using ArchiveSite.Core.Content;
using ArchiveSite.Core.Import;
using ArchiveSite.Core.Site;

namespace ArchiveSite.BrowserTests.Hosting;

/// <summary>A site built by the command-line app from seeds given as text, in a temporary folder removed afterwards.</summary>
public sealed class TestSite : IDisposable
{
    private TestSite()
    {
        Root = Path.Combine(Path.GetTempPath(), "archivesite-browser-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Seeds);
    }

    public string Root { get; }

    public string Seeds => Path.Combine(Root, "seeds");

    public string Input => Path.Combine(Root, "input");

    public string Output => Path.Combine(Root, "output");

    /// <summary>Imports and builds the seeds (file name → text); fails when the app reports a problem.</summary>
    public static async Task<TestSite> BuildAsync(IReadOnlyDictionary<string, string> seeds, params string[] extraArguments)
    {
        var site = new TestSite();
        foreach (var (name, text) in seeds)
        {
            await File.WriteAllTextAsync(Path.Combine(site.Seeds, name), text);
        }

        using var output = new StringWriter();
        using var errors = new StringWriter();
        var code = await Cli.CliApp.RunAsync(["--seeds", site.Seeds, "--input", site.Input, "--output", site.Output, .. extraArguments], output, errors, CancellationToken.None);
        if (code != 0)
        {
            site.Dispose();
            throw new InvalidOperationException($"the site did not build (exit {code}): {errors}");
        }

        return site;
    }

    /// <summary>The site path ("2025/12/slug/") of the article made from a seed.</summary>
    public string ArticlePathOf(string seedFileName)
    {
        var page = Directory.GetFiles(Path.Combine(Input, SeedImporter.ArticlesFolder), "*.md", SearchOption.AllDirectories)
            .Select(f => FrontMatterReader.Read(Path.GetRelativePath(Input, f), File.ReadAllText(f)))
            .Single(p => p.FrontMatter.Seed == seedFileName);
        return SiteUrls.Article(page.FrontMatter);
    }

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
