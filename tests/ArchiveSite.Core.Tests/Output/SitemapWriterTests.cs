using System.Text;
using System.Xml.Linq;
using ArchiveSite.Core.Output;

namespace ArchiveSite.Core.Tests.Output;

public sealed class SitemapWriterTests
{
    private static readonly XNamespace s_sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly Uri s_base = new("https://example.org/archive/");

    [Fact]
    public void All_FewPages_OneUrlSetWithoutThe404Page()
    {
        var files = SitemapWriter.All(s_base, [("", null), ("2025/12/a/", new DateTimeOffset(2025, 12, 23, 15, 30, 0, TimeSpan.FromHours(2))), ("404.html", null)]).ToList();

        var sitemap = Parse(files.Single(f => f.Path == "sitemap.xml"));
        Assert.Equal("urlset", sitemap.Root!.Name.LocalName);
        Assert.Equal(["https://example.org/archive/", "https://example.org/archive/2025/12/a/"], sitemap.Descendants(s_sitemap + "loc").Select(l => l.Value));
        Assert.Equal("2025-12-23", sitemap.Descendants(s_sitemap + "lastmod").Single().Value);
        Assert.Contains("Sitemap: https://example.org/archive/sitemap.xml", Encoding.UTF8.GetString(files.Single(f => f.Path == "robots.txt").Content.Span), StringComparison.Ordinal);
    }

    [Fact]
    public void All_PastTheLimit_WritesASitemapIndexOfParts()
    {
        var pages = Enumerable.Range(0, 25).Select(i => ($"p/{i}/", (DateTimeOffset?)null)).ToList();

        var files = SitemapWriter.All(s_base, pages, maxUrlsPerFile: 10).ToList();

        var index = Parse(files.Single(f => f.Path == "sitemap.xml"));
        Assert.Equal("sitemapindex", index.Root!.Name.LocalName);
        Assert.Equal(
            ["https://example.org/archive/sitemap-1.xml", "https://example.org/archive/sitemap-2.xml", "https://example.org/archive/sitemap-3.xml"],
            index.Descendants(s_sitemap + "loc").Select(l => l.Value));
        var listed = files.Where(f => f.Path.StartsWith("sitemap-", StringComparison.Ordinal)).SelectMany(f => Parse(f).Descendants(s_sitemap + "loc")).Count();
        Assert.Equal(25, listed);
    }

    private static XDocument Parse(SiteFile file) => XDocument.Parse(Encoding.UTF8.GetString(file.Content.Span));
}
