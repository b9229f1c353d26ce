using System.Globalization;
using ArchiveSite.Core.Site;

namespace ArchiveSite.Core.Output;

/// <summary>
/// <c>sitemap.xml</c> listing every HTML page of the site (the 404 page aside), and <c>robots.txt</c>
/// pointing to it. Past <see cref="MaxUrlsPerFile"/> URLs, <c>sitemap.xml</c> becomes a sitemap index of
/// <c>sitemap-1.xml</c>, <c>sitemap-2.xml</c>, … as the protocol requires.
/// </summary>
public static class SitemapWriter
{
    public const int MaxUrlsPerFile = 50_000;
    private const string SitemapNamespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /// <param name="pages">Site paths of the HTML pages with the date each last changed, if known.</param>
    public static IEnumerable<SiteFile> All(Uri baseUrl, IReadOnlyList<(string SitePath, DateTimeOffset? Modified)> pages, int maxUrlsPerFile = MaxUrlsPerFile)
    {
        var urls = new SiteUrls(baseUrl);
        var listed = pages.Where(p => p.SitePath != SiteUrls.NotFoundFile).ToList();
        if (listed.Count <= maxUrlsPerFile)
        {
            yield return new SiteFile(SiteUrls.SitemapFile, UrlSet(urls, listed));
        }
        else
        {
            var parts = listed.Chunk(maxUrlsPerFile).ToList();
            var names = parts.Select((_, i) => $"sitemap-{(i + 1).ToString(CultureInfo.InvariantCulture)}.xml").ToList();
            for (var i = 0; i < parts.Count; i++)
            {
                yield return new SiteFile(names[i], UrlSet(urls, parts[i]));
            }

            yield return new SiteFile(SiteUrls.SitemapFile, XmlText.Write(xml =>
            {
                xml.WriteStartDocument();
                xml.WriteStartElement("sitemapindex", SitemapNamespace);
                foreach (var name in names)
                {
                    xml.WriteStartElement("sitemap", SitemapNamespace);
                    xml.WriteElementString("loc", SitemapNamespace, urls.Absolute(name));
                    xml.WriteEndElement();
                }

                xml.WriteEndElement();
                xml.WriteEndDocument();
            }));
        }

        yield return new SiteFile(SiteUrls.RobotsFile, System.Text.Encoding.UTF8.GetBytes($"User-agent: *\nAllow: /\n\nSitemap: {urls.Absolute(SiteUrls.SitemapFile)}\n"));
    }

    private static byte[] UrlSet(SiteUrls urls, IEnumerable<(string SitePath, DateTimeOffset? Modified)> pages) => XmlText.Write(xml =>
    {
        xml.WriteStartDocument();
        xml.WriteStartElement("urlset", SitemapNamespace);
        foreach (var (sitePath, modified) in pages)
        {
            xml.WriteStartElement("url", SitemapNamespace);
            xml.WriteElementString("loc", SitemapNamespace, urls.Absolute(sitePath));
            if (modified is { } date)
            {
                xml.WriteElementString("lastmod", SitemapNamespace, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndDocument();
    });
}
