using ArchiveSite.Core.Content;

namespace ArchiveSite.Core.Site;

/// <summary>
/// The one place where pages get their addresses. A site path ("2025/12/slug/") names a page inside the
/// site; its URL puts the base path in front, and its file is the site path plus index.html.
/// </summary>
public sealed class SiteUrls
{
    public const string TagsFolder = "tags";
    public const string PersonsFolder = "persons";

    public SiteUrls(string basePath)
    {
        ArgumentNullException.ThrowIfNull(basePath);
        var trimmed = basePath.Trim('/');
        BasePath = trimmed.Length == 0 ? "/" : $"/{trimmed}/";
    }

    public string BasePath { get; }

    public static string Home => string.Empty;

    public static string TagIndex => $"{TagsFolder}/";

    public static string PersonIndex => $"{PersonsFolder}/";

    public static string Article(FrontMatter frontMatter) =>
        frontMatter.Date is { } date ? $"{date:yyyy}/{date:MM}/{frontMatter.Slug}/" : $"undated/{frontMatter.Slug}/";

    public static string Tag(string slug) => $"{TagsFolder}/{slug}/";

    public static string Person(string slug) => $"{PersonsFolder}/{slug}/";

    /// <summary>The URL of a site path or asset path, with the base path in front.</summary>
    public string Url(string sitePath) => BasePath + sitePath;

    /// <summary>The output file of a page: "2025/12/slug/" gives "2025/12/slug/index.html".</summary>
    public static string FileOf(string sitePath) => sitePath.Length == 0 || sitePath.EndsWith('/') ? sitePath + "index.html" : sitePath;
}
