using ArchiveSite.Core.Content;

namespace ArchiveSite.Core.Site;

/// <summary>
/// The one place where pages get their addresses. A site path ("2025/12/slug/") names a page inside the
/// site; its URL puts the base path in front, its absolute URL the whole base URL, and its file is the
/// site path plus index.html.
/// </summary>
public sealed class SiteUrls(Uri baseUrl)
{
    public const string TagsFolder = "tags";
    public const string PersonsFolder = "persons";
    public const string ArchiveFolder = "archive";
    public const string SearchFolder = "search";
    public const string SearchIndexFolder = "search/index/";
    public const string FeedFile = "feed.xml";
    public const string SitemapFile = "sitemap.xml";
    public const string RobotsFile = "robots.txt";
    public const string NotFoundFile = "404.html";

    public string BasePath { get; } = baseUrl.AbsolutePath;

    public static string Home => string.Empty;

    public static string TagIndex => $"{TagsFolder}/";

    public static string PersonIndex => $"{PersonsFolder}/";

    public static string ArchiveIndex => $"{ArchiveFolder}/";

    public static string Search => $"{SearchFolder}/";

    public static string Article(FrontMatter frontMatter) =>
        frontMatter.Date is { } date ? $"{date:yyyy}/{date:MM}/{frontMatter.Slug}/" : $"undated/{frontMatter.Slug}/";

    public static string Tag(string slug) => $"{TagsFolder}/{slug}/";

    public static string Person(string slug) => $"{PersonsFolder}/{slug}/";

    public static string ArchiveYear(int year) => $"{ArchiveFolder}/{year:D4}/";

    public static string ArchiveMonth(int year, int month) => $"{ArchiveFolder}/{year:D4}/{month:D2}/";

    /// <summary>Page <paramref name="page"/> of a list: the list's own path for page 1, then ".../page/N/".</summary>
    public static string Paged(string sitePath, int page) => page <= 1 ? sitePath : $"{sitePath}page/{page}/";

    /// <summary>The Atom feed of a list page: "feed.xml" beside it.</summary>
    public static string Feed(string sitePath) => sitePath + FeedFile;

    /// <summary>The URL of a site path or asset path, with the base path in front.</summary>
    public string Url(string sitePath) => BasePath + sitePath;

    /// <summary>The absolute URL of a site path, for feeds, the sitemap and canonical links.</summary>
    public string Absolute(string sitePath) => new Uri(baseUrl, sitePath).AbsoluteUri;

    /// <summary>The output file of a page: "2025/12/slug/" gives "2025/12/slug/index.html".</summary>
    public static string FileOf(string sitePath) => sitePath.Length == 0 || sitePath.EndsWith('/') ? sitePath + "index.html" : sitePath;
}
