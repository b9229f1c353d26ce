using System.Text;
using ArchiveSite.Core.Building;
using ArchiveSite.Core.Content;
using ArchiveSite.Theme;

namespace ArchiveSite.Tests.Site;

/// <summary>An incremental build writes only what changed, and its output is byte for byte a full build's.</summary>
public sealed class IncrementalBuildTests
{
    private const int ArticleCount = 60;

    [Fact]
    public async Task Build_OneArticleChanged_RewritesOnlyItsPagesAndMatchesAFullBuild()
    {
        using var site = new TempSite();
        SyntheticArchive.Write(site.Input, ArticleCount);
        var first = await BuildAsync(site.Input, site.Output);
        var page = ArticlePaths(site.Input)[ArticleCount / 2];
        File.WriteAllText(page, File.ReadAllText(page).Replace("summary: \"", "summary: \"Змінено. ", StringComparison.Ordinal));

        var incremental = await BuildAsync(site.Input, site.Output);
        var full = await BuildAsync(site.Input, Path.Combine(site.Root, "full"), full: true);

        Assert.False(first.Incremental);
        Assert.True(incremental.Incremental);
        Assert.InRange(incremental.Rendered, 2, first.Pages / 4);
        // Beside its pages: feeds, the sitemap and the search index files whose bytes changed.
        Assert.InRange(incremental.Changed, incremental.Rendered, incremental.Rendered + 16);
        Assert.InRange(incremental.Search!.Changed, 2, 8);
        AssertSameFiles(Path.Combine(site.Root, "full"), site.Output);
    }

    [Fact]
    public async Task Build_ArticleRemovedAndAdded_MatchesAFullBuild()
    {
        using var site = new TempSite();
        SyntheticArchive.Write(site.Input, ArticleCount);
        await BuildAsync(site.Input, site.Output);
        var pages = ArticlePaths(site.Input);
        File.Delete(pages[3]);
        var moved = File.ReadAllText(pages[10]).Replace("slug: novyna-10", "slug: novyna-10-nova", StringComparison.Ordinal);
        File.WriteAllText(pages[10], moved);

        var incremental = await BuildAsync(site.Input, site.Output);
        await BuildAsync(site.Input, Path.Combine(site.Root, "full"), full: true);

        Assert.True(incremental.Incremental);
        AssertSameFiles(Path.Combine(site.Root, "full"), site.Output);
    }

    [Fact]
    public async Task Build_NewestArticleRetitled_RewritesTheSiteFeedAndMatchesAFullBuild()
    {
        using var site = new TempSite();
        SyntheticArchive.Write(site.Input, ArticleCount);
        await BuildAsync(site.Input, site.Output);
        var feedBefore = File.ReadAllText(Path.Combine(site.Output, "feed.xml"));
        var newest = ArticlePaths(site.Input).MaxBy(p => FrontMatterReader.Read("page.md", File.ReadAllText(p)).FrontMatter.Date)!;
        var title = FrontMatterReader.Read("page.md", File.ReadAllText(newest)).FrontMatter.Title;
        File.WriteAllText(newest, File.ReadAllText(newest).Replace(title, "Новий заголовок найновішої статті", StringComparison.Ordinal));

        var incremental = await BuildAsync(site.Input, site.Output);
        await BuildAsync(site.Input, Path.Combine(site.Root, "full"), full: true);

        Assert.True(incremental.Incremental);
        Assert.Contains(title, feedBefore, StringComparison.Ordinal);
        Assert.Contains("Новий заголовок найновішої статті", File.ReadAllText(Path.Combine(site.Output, "feed.xml")), StringComparison.Ordinal);
        AssertSameFiles(Path.Combine(site.Root, "full"), site.Output);
    }

    [Fact]
    public async Task Build_NothingChanged_WritesNothing()
    {
        using var site = new TempSite();
        SyntheticArchive.Write(site.Input, 25);
        var first = await BuildAsync(site.Input, site.Output);
        var stamp = File.GetLastWriteTimeUtc(Path.Combine(site.Output, "index.html"));

        var again = await BuildAsync(site.Input, site.Output);

        Assert.Equal(first.Files, again.Files);
        Assert.Equal(0, again.Rendered);
        Assert.Equal(0, again.Changed);
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(Path.Combine(site.Output, "index.html")));
    }

    private static async Task<BuildReport> BuildAsync(string input, string output, bool full = false)
    {
        await using var theme = new RazorSiteTheme();
        return await new SiteBuilder(theme).BuildAsync(new BuildOptions(input, output) { Full = full });
    }

    private static string[] ArticlePaths(string input)
    {
        var paths = Directory.GetFiles(Path.Combine(input, InputLoader.ArticlesFolder), "*.md", SearchOption.AllDirectories);
        Array.Sort(paths, StringComparer.Ordinal);
        return paths;
    }

    private static void AssertSameFiles(string expected, string actual)
    {
        var expectedFiles = Files(expected);
        var actualFiles = Files(actual);
        Assert.Equal(expectedFiles, actualFiles);
        foreach (var file in expectedFiles)
        {
            var want = File.ReadAllBytes(Path.Combine(expected, file));
            var got = File.ReadAllBytes(Path.Combine(actual, file));
            Assert.True(want.AsSpan().SequenceEqual(got), $"{file} differs:\n{Encoding.UTF8.GetString(got)}");
        }

        Assert.Equal(Directories(expected), Directories(actual));
    }

    private static List<string> Files(string root) =>
        [.. Directory.GetFiles(root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f)).Order(StringComparer.Ordinal)];

    private static List<string> Directories(string root) =>
        [.. Directory.GetDirectories(root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f)).Order(StringComparer.Ordinal)];
}
