using System.Globalization;
using System.ServiceModel.Syndication;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using ArchiveSite.Core.Checking;

namespace ArchiveSite.Tests.Site;

public sealed partial class GeneratedSiteTests(GeneratedSiteFixture fixture) : IClassFixture<GeneratedSiteFixture>
{
    private string Output => fixture.RootOutput;

    [Fact]
    public void Build_GeneratedArchive_Succeeds()
    {
        Assert.True(fixture.RootBuild.ExitCode == 0, fixture.RootBuild.Errors);
        Assert.True(fixture.BasePathBuild.ExitCode == 0, fixture.BasePathBuild.Errors);
    }

    [Fact]
    public void Check_RootBuild_FindsNoProblem()
    {
        var report = SiteChecker.Check(Output, new Uri("http://localhost:8000/"));

        Assert.Empty(report.Problems);
        Assert.True(report.Pages > GeneratedSiteFixture.ArticleCount);
        Assert.Empty(SiteLinks.Broken(Output));
    }

    [Fact]
    public async Task Check_BasePathBuild_EveryLinkResolvesUnderTheBasePath()
    {
        var report = SiteChecker.Check(fixture.BasePathOutput, new Uri(GeneratedSiteFixture.BaseUrl));

        Assert.Empty(report.Problems);
        Assert.Empty(SiteLinks.Broken(fixture.BasePathOutput, "/archive/"));
        var home = File.ReadAllText(Path.Combine(fixture.BasePathOutput, "index.html"));
        Assert.All(SiteLinks.Links(home).Where(l => l.StartsWith('/')), l => Assert.StartsWith("/archive/", l, StringComparison.Ordinal));
        var (code, output, _) = await fixture.Site.RunAsync("check", "--output", fixture.BasePathOutput, "--base-url", GeneratedSiteFixture.BaseUrl);
        Assert.Equal(0, code);
        Assert.Contains("0 problem(s)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Home_IsPaginatedByTwenty_NewestFirst()
    {
        var pages = (GeneratedSiteFixture.ArticleCount + 19) / 20;
        for (var page = 2; page <= pages; page++)
        {
            Assert.True(File.Exists(Path.Combine(Output, "page", page.ToString(CultureInfo.InvariantCulture), "index.html")), $"page {page}");
        }

        Assert.False(Directory.Exists(Path.Combine(Output, "page", (pages + 1).ToString(CultureInfo.InvariantCulture))));
        var first = File.ReadAllText(Path.Combine(Output, "index.html"));
        var dates = DateTimeAttribute().Matches(first).Select(m => DateTimeOffset.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(20, dates.Count);
        Assert.Equal(dates.OrderDescending(), dates);
        Assert.Contains("href=\"/page/2/\"", first, StringComparison.Ordinal);
    }

    [Fact]
    public void TagPages_HaveCleanPagedUrls()
    {
        var tagFolder = Directory.GetDirectories(Path.Combine(Output, "tags"))
            .OrderByDescending(d => Directory.Exists(Path.Combine(d, "page")) ? Directory.GetDirectories(Path.Combine(d, "page")).Length : 0)
            .First();

        Assert.True(File.Exists(Path.Combine(tagFolder, "page", "2", "index.html")));
        var html = File.ReadAllText(Path.Combine(tagFolder, "page", "2", "index.html"));
        var slug = Path.GetFileName(tagFolder);
        Assert.Contains($"href=\"/tags/{slug}/\"", html, StringComparison.Ordinal);
        Assert.Contains($"<link rel=\"canonical\" href=\"http://localhost:8000/tags/{slug}/page/2/\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Archive_HasEveryYearAndMonthWithCounts()
    {
        var index = File.ReadAllText(Path.Combine(Output, "archive", "index.html"));
        var years = Enumerable.Range(2022, 4).ToList();
        var total = 0;
        foreach (var year in years)
        {
            var match = Regex.Match(index, $"href=\"/archive/{year}/\">{year}</a> <span class=\"count\">(\\d+)</span>");
            Assert.True(match.Success, $"year {year}");
            total += int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            Assert.True(File.Exists(Path.Combine(Output, "archive", year.ToString(CultureInfo.InvariantCulture), "01", "index.html")));
        }

        Assert.Equal(GeneratedSiteFixture.ArticleCount, total);
    }

    [Fact]
    public void ArticlePage_HasBreadcrumbsNeighboursRelatedAndHeadMetadata()
    {
        var page = ArticlePage("novyna-100");

        Assert.Contains("class=\"breadcrumbs\"", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/archive/\"", page, StringComparison.Ordinal);
        Assert.Contains("rel=\"prev\"", page, StringComparison.Ordinal);
        Assert.Contains("rel=\"next\"", page, StringComparison.Ordinal);
        Assert.Contains("class=\"related\"", page, StringComparison.Ordinal);
        Assert.Contains("<meta property=\"og:type\" content=\"article\"", page, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"twitter:card\" content=\"summary\"", page, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"canonical\" href=\"http://localhost:8000/", page, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"alternate\" type=\"application/atom+xml\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public void ArticlePage_SaysItsSummaryOnceInTheHeadAndListsRelatedArticlesAsHeadlines()
    {
        var page = ArticlePage("novyna-100");
        var head = page[..page.IndexOf("</head>", StringComparison.Ordinal)];
        var related = page[page.IndexOf("class=\"related\"", StringComparison.Ordinal)..page.IndexOf("</section>", StringComparison.Ordinal)];

        Assert.Single(Regex.Matches(head, "<meta name=\"description\""));
        Assert.DoesNotContain("og:description", head, StringComparison.Ordinal);
        Assert.DoesNotContain("\"description\":", head, StringComparison.Ordinal);
        Assert.InRange(Regex.Matches(related, "<li><a href=\"/20\\d\\d/\\d\\d/[^\"]+/\">[^<]+</a>\\s*<time datetime=").Count, 1, 5);
        Assert.DoesNotContain("<p>", related, StringComparison.Ordinal);
    }

    [Fact]
    public void ArticlePage_JsonLdIsANewsArticleWithPersons()
    {
        var page = ArticlePage("novyna-100");
        var json = JsonLdBlock().Match(page).Groups[1].Value;

        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        Assert.Equal("NewsArticle", root.GetProperty("@type").GetString());
        Assert.StartsWith("Новина 100:", root.GetProperty("headline").GetString(), StringComparison.Ordinal);
        Assert.Equal("uk", root.GetProperty("inLanguage").GetString());
        Assert.True(DateTimeOffset.TryParse(root.GetProperty("datePublished").GetString(), CultureInfo.InvariantCulture, out _));
        Assert.False(string.IsNullOrEmpty(root.GetProperty("keywords").GetString()));
    }

    [Fact]
    public void Feeds_ParseAsAtomWithTheNewestTwentyAbsoluteEntries()
    {
        var feed = LoadFeed(Path.Combine(Output, "feed.xml"));

        Assert.Equal(20, feed.Items.Count());
        var dates = feed.Items.Select(i => i.PublishDate).ToList();
        Assert.Equal(dates.OrderDescending(), dates);
        Assert.All(feed.Items, item => Assert.StartsWith("http://localhost:8000/", item.Links.Single().Uri.AbsoluteUri, StringComparison.Ordinal));
        foreach (var termFeed in Directory.GetFiles(Path.Combine(Output, "persons"), "feed.xml", SearchOption.AllDirectories).Take(5))
        {
            var person = LoadFeed(termFeed);
            Assert.InRange(person.Items.Count(), 1, 20);
        }

        var basePathFeed = LoadFeed(Path.Combine(fixture.BasePathOutput, "feed.xml"));
        Assert.All(basePathFeed.Items, item => Assert.StartsWith(GeneratedSiteFixture.BaseUrl, item.Links.Single().Uri.AbsoluteUri, StringComparison.Ordinal));
    }

    [Fact]
    public void Sitemap_ListsEveryHtmlPageOnceAndRobotsPointsToIt()
    {
        var sitemap = XDocument.Load(Path.Combine(Output, "sitemap.xml"));
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var listed = sitemap.Descendants(ns + "loc").Select(l => l.Value).ToList();
        var pages = Directory.GetFiles(Output, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Output, f).Replace('\\', '/'))
            .Where(f => f != "404.html")
            .Select(f => "http://localhost:8000/" + (f == "index.html" ? string.Empty : f[..^"index.html".Length]))
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Equal(pages, listed.Order(StringComparer.Ordinal));
        Assert.Contains("Sitemap: http://localhost:8000/sitemap.xml", File.ReadAllText(Path.Combine(Output, "robots.txt")), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(Output, "404.html")));
        Assert.True(File.Exists(Path.Combine(Output, ".nojekyll")));
        Assert.True(File.Exists(Path.Combine(Output, "favicon.svg")));
    }

    [Fact]
    public void Check_BrokenSite_ListsEachProblem()
    {
        var broken = Path.Combine(fixture.Site.Root, "output-broken");
        CopyDirectory(Output, broken);
        File.Delete(Path.Combine(broken, "tags", "index.html"));
        var article = Directory.GetFiles(broken, "index.html", SearchOption.AllDirectories).First(f => f.Contains("novyna-10", StringComparison.Ordinal));
        File.WriteAllText(article, File.ReadAllText(article).Replace("<meta name=\"description\"", "<meta name=\"x\"", StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(broken, "feed.xml"), "<feed>");

        var report = SiteChecker.Check(broken, new Uri("http://localhost:8000/"));

        Assert.Contains(report.Problems, p => p.Contains("href=\"/tags/\": no such file", StringComparison.Ordinal));
        Assert.Contains(report.Problems, p => p.Contains("no meta description", StringComparison.Ordinal));
        Assert.Contains(report.Problems, p => p.StartsWith("feed.xml:", StringComparison.Ordinal));
        Assert.Contains(report.Problems, p => p.Contains("sitemap.xml: http://localhost:8000/tags/ has no page", StringComparison.Ordinal));
    }

    private string ArticlePage(string slug) =>
        File.ReadAllText(Directory.GetDirectories(Output, slug, SearchOption.AllDirectories).Select(d => Path.Combine(d, "index.html")).Single());

    private static SyndicationFeed LoadFeed(string path)
    {
        using var reader = XmlReader.Create(path);
        return SyndicationFeed.Load(reader);
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    [GeneratedRegex("<time datetime=\"([^\"]+)\"")]
    private static partial Regex DateTimeAttribute();

    [GeneratedRegex("<script type=\"application/ld\\+json\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex JsonLdBlock();
}
