using System.Net;
using System.Text.RegularExpressions;
using System.Xml;
using ArchiveSite.Core.Site;

namespace ArchiveSite.Core.Checking;

/// <summary>
/// Checks a built site the way a visitor, a feed reader and a search engine meet it: every internal
/// link and #anchor leads somewhere, every page has a title and a description, every feed parses as
/// Atom with absolute links into the site, and the sitemap lists every HTML page and nothing else.
/// </summary>
public sealed partial class SiteChecker
{
    private const string AtomNamespace = "http://www.w3.org/2005/Atom";
    private const string SitemapNamespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private readonly string _root;
    private readonly Uri _baseUrl;
    private readonly string _basePath;
    private readonly Dictionary<string, HashSet<string>> _ids = new(StringComparer.Ordinal);
    private readonly List<string> _problems = [];

    private SiteChecker(string outputDirectory, Uri baseUrl)
    {
        _root = Path.GetFullPath(outputDirectory);
        _baseUrl = baseUrl;
        _basePath = baseUrl.AbsolutePath;
    }

    /// <summary>Checks the site in <paramref name="outputDirectory"/>, published at <paramref name="baseUrl"/>.</summary>
    /// <returns>One line per problem, naming the file; empty when the site is sound.</returns>
    public static CheckReport Check(string outputDirectory, Uri baseUrl)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        if (!Directory.Exists(outputDirectory))
        {
            throw new DirectoryNotFoundException($"{outputDirectory}: the output folder does not exist; build the site first");
        }

        var checker = new SiteChecker(outputDirectory, baseUrl);
        return checker.Run();
    }

    private CheckReport Run()
    {
        var files = Directory.GetFiles(_root, "*", SearchOption.AllDirectories).Select(Relative).Order(StringComparer.Ordinal).ToList();
        var pages = files.Where(f => f.EndsWith(".html", StringComparison.Ordinal)).ToList();
        var links = 0;
        foreach (var page in pages)
        {
            links += CheckPage(page);
        }

        var feeds = files.Where(f => f == SiteUrls.FeedFile || f.EndsWith("/" + SiteUrls.FeedFile, StringComparison.Ordinal)).ToList();
        foreach (var feed in feeds)
        {
            CheckFeed(feed);
        }

        CheckSitemap(pages);
        return new CheckReport(pages.Count, links, feeds.Count, [.. _problems]);
    }

    private int CheckPage(string page)
    {
        var html = File.ReadAllText(Path.Combine(_root, page));
        var title = Title().Match(html);
        if (!title.Success || WebUtility.HtmlDecode(title.Groups[1].Value).Trim().Length == 0)
        {
            _problems.Add($"{page}: no <title>");
        }

        var description = Description().Match(html);
        if (!description.Success || WebUtility.HtmlDecode(description.Groups[1].Value).Trim().Length == 0)
        {
            _problems.Add($"{page}: no meta description");
        }

        var count = 0;
        foreach (Match match in Link().Matches(html))
        {
            count++;
            var link = WebUtility.HtmlDecode(match.Groups["url"].Value);
            if (Problem(page, link) is { } problem)
            {
                _problems.Add($"{page}: {match.Groups["attr"].Value}=\"{link}\": {problem}");
            }
        }

        return count;
    }

    /// <summary>Why an internal link leads nowhere; null when it is fine or leaves the site.</summary>
    private string? Problem(string page, string link)
    {
        if (link.Length == 0)
        {
            return "empty link";
        }

        if (link.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase))
        {
            return "script link";
        }

        if (ExternalScheme().IsMatch(link) || link.StartsWith("//", StringComparison.Ordinal))
        {
            return link.StartsWith(_baseUrl.AbsoluteUri, StringComparison.Ordinal) ? Problem(page, _basePath + link[_baseUrl.AbsoluteUri.Length..]) : null;
        }

        var hash = link.IndexOf('#', StringComparison.Ordinal);
        var path = hash >= 0 ? link[..hash] : link;
        var fragment = hash >= 0 ? Uri.UnescapeDataString(link[(hash + 1)..]) : null;
        string target;
        if (path.Length == 0)
        {
            target = page;
        }
        else if (path.StartsWith('/'))
        {
            if (!path.StartsWith(_basePath, StringComparison.Ordinal))
            {
                return $"outside the base path {_basePath}";
            }

            target = path[_basePath.Length..];
        }
        else
        {
            var folder = Path.GetDirectoryName(page)!.Replace('\\', '/');
            target = Path.GetRelativePath(_root, Path.GetFullPath(Path.Combine(_root, folder, path))).Replace('\\', '/');
        }

        target = Uri.UnescapeDataString(target.Split('?')[0]);
        if (target.Length == 0 || target.EndsWith('/') || Directory.Exists(Path.Combine(_root, target)))
        {
            target = target.TrimEnd('/') + (target.TrimEnd('/').Length == 0 ? "index.html" : "/index.html");
        }

        if (target.StartsWith("..", StringComparison.Ordinal) || !File.Exists(Path.Combine(_root, target)))
        {
            return "no such file";
        }

        if (fragment is { Length: > 0 } && target.EndsWith(".html", StringComparison.Ordinal) && !IdsOf(target).Contains(fragment))
        {
            return $"no element with id \"{fragment}\" in {target}";
        }

        return null;
    }

    private HashSet<string> IdsOf(string page)
    {
        if (!_ids.TryGetValue(page, out var ids))
        {
            var html = File.ReadAllText(Path.Combine(_root, page));
            ids = [.. Id().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))];
            _ids[page] = ids;
        }

        return ids;
    }

    private void CheckFeed(string feed)
    {
        var document = Load(feed);
        if (document?.DocumentElement is not { LocalName: "feed", NamespaceURI: AtomNamespace } root)
        {
            if (document is not null)
            {
                _problems.Add($"{feed}: not an Atom feed");
            }

            return;
        }

        var namespaces = new XmlNamespaceManager(document.NameTable);
        namespaces.AddNamespace("a", AtomNamespace);
        foreach (var required in new[] { "a:title", "a:id", "a:updated" })
        {
            if (root.SelectSingleNode(required, namespaces) is null)
            {
                _problems.Add($"{feed}: the feed has no {required[2..]}");
            }
        }

        foreach (XmlElement entry in root.SelectNodes("a:entry", namespaces)!)
        {
            var id = entry.SelectSingleNode("a:id", namespaces)?.InnerText;
            if (entry.SelectSingleNode("a:title", namespaces) is null || id is null || entry.SelectSingleNode("a:updated", namespaces) is null)
            {
                _problems.Add($"{feed}: an entry lacks its title, id or updated date");
            }

            var href = (entry.SelectSingleNode("a:link[@rel='alternate']", namespaces) as XmlElement)?.GetAttribute("href");
            if (href is null || !href.StartsWith(_baseUrl.AbsoluteUri, StringComparison.Ordinal))
            {
                _problems.Add($"{feed}: entry {id}: its link is not an absolute URL in {_baseUrl}");
            }
            else if (Problem(feed, _basePath + href[_baseUrl.AbsoluteUri.Length..]) is { } problem)
            {
                _problems.Add($"{feed}: entry link {href}: {problem}");
            }
        }
    }

    private void CheckSitemap(List<string> pages)
    {
        var listed = new HashSet<string>(StringComparer.Ordinal);
        var sitemap = Load(SiteUrls.SitemapFile);
        if (sitemap?.DocumentElement is null)
        {
            if (sitemap is null && !File.Exists(Path.Combine(_root, SiteUrls.SitemapFile)))
            {
                _problems.Add($"{SiteUrls.SitemapFile}: missing");
            }

            return;
        }

        var namespaces = new XmlNamespaceManager(sitemap.NameTable);
        namespaces.AddNamespace("s", SitemapNamespace);
        var parts = sitemap.DocumentElement.LocalName == "sitemapindex"
            ? sitemap.SelectNodes("/s:sitemapindex/s:sitemap/s:loc", namespaces)!.Cast<XmlNode>().Select(n => ToSitePath(n.InnerText)).OfType<string>().Select(Load).OfType<XmlDocument>().ToList()
            : [sitemap];
        foreach (var part in parts)
        {
            foreach (XmlNode loc in part.SelectNodes("/s:urlset/s:url/s:loc", namespaces)!)
            {
                if (ToSitePath(loc.InnerText) is not { } sitePath)
                {
                    _problems.Add($"{SiteUrls.SitemapFile}: {loc.InnerText} is not in {_baseUrl}");
                    continue;
                }

                var file = SiteUrls.FileOf(sitePath);
                if (!listed.Add(file))
                {
                    _problems.Add($"{SiteUrls.SitemapFile}: {loc.InnerText} is listed twice");
                }
                else if (!File.Exists(Path.Combine(_root, file)))
                {
                    _problems.Add($"{SiteUrls.SitemapFile}: {loc.InnerText} has no page");
                }
            }
        }

        foreach (var page in pages.Where(p => p != SiteUrls.NotFoundFile && !listed.Contains(p)))
        {
            _problems.Add($"{SiteUrls.SitemapFile}: does not list {page}");
        }
    }

    private string? ToSitePath(string absolute) =>
        absolute.StartsWith(_baseUrl.AbsoluteUri, StringComparison.Ordinal) ? Uri.UnescapeDataString(absolute[_baseUrl.AbsoluteUri.Length..]) : null;

    private XmlDocument? Load(string file)
    {
        var path = Path.Combine(_root, file);
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            var document = new XmlDocument { XmlResolver = null };
            using var reader = XmlReader.Create(path, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
            document.Load(reader);
            return document;
        }
        catch (XmlException ex)
        {
            _problems.Add($"{file}:{ex.LineNumber}:{ex.LinePosition}: not well-formed XML: {ex.Message}");
            return null;
        }
    }

    private string Relative(string path) => Path.GetRelativePath(_root, path).Replace('\\', '/');

    [GeneratedRegex("<title>([^<]*)</title>")]
    private static partial Regex Title();

    [GeneratedRegex("<meta name=\"description\" content=\"([^\"]*)\"")]
    private static partial Regex Description();

    [GeneratedRegex("\\s(?<attr>href|src)=\"(?<url>[^\"]*)\"")]
    private static partial Regex Link();

    [GeneratedRegex("\\sid=\"([^\"]+)\"")]
    private static partial Regex Id();

    [GeneratedRegex("^[a-zA-Z][a-zA-Z0-9+.-]*:")]
    private static partial Regex ExternalScheme();
}

/// <param name="Problems">One line per problem, naming the file.</param>
public sealed record CheckReport(int Pages, int Links, int Feeds, IReadOnlyList<string> Problems);
