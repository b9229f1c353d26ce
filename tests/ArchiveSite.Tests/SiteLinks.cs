using System.Net;
using System.Text.RegularExpressions;

namespace ArchiveSite.Tests;

/// <summary>Reads a built site as a visitor would: links, the files they lead to, and the text of a page.</summary>
internal static partial class SiteLinks
{
    /// <summary>Every internal href/src of every HTML page that does not lead to a file (or to an id on
    /// that page), as "page: link".</summary>
    public static List<string> Broken(string outputRoot, string basePath = "/")
    {
        var broken = new List<string>();
        foreach (var page in Directory.GetFiles(outputRoot, "*.html", SearchOption.AllDirectories))
        {
            var html = File.ReadAllText(page);
            foreach (Match match in Link().Matches(html))
            {
                var link = WebUtility.HtmlDecode(match.Groups["url"].Value);
                if (link.StartsWith("http:", StringComparison.Ordinal) || link.StartsWith("https:", StringComparison.Ordinal) || link.StartsWith("mailto:", StringComparison.Ordinal))
                {
                    continue;
                }

                var (target, fragment) = Resolve(outputRoot, page, link, basePath);
                if (target is null || !File.Exists(target))
                {
                    broken.Add($"{Path.GetRelativePath(outputRoot, page)}: {link}");
                }
                else if (fragment.Length > 0 && !File.ReadAllText(target).Contains($"id=\"{fragment}\"", StringComparison.Ordinal))
                {
                    broken.Add($"{Path.GetRelativePath(outputRoot, page)}: {link} (no such id)");
                }
            }
        }

        return broken;
    }

    /// <summary>The visible text of an HTML page, with tags removed and entities decoded.</summary>
    public static string Text(string html) => WebUtility.HtmlDecode(AnyTag().Replace(html, " "));

    public static IEnumerable<string> Links(string html) => Link().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups["url"].Value));

    private static (string? Path, string Fragment) Resolve(string outputRoot, string page, string link, string basePath)
    {
        var hash = link.IndexOf('#', StringComparison.Ordinal);
        var fragment = hash >= 0 ? link[(hash + 1)..] : string.Empty;
        var path = hash >= 0 ? link[..hash] : link;
        var query = path.IndexOf('?', StringComparison.Ordinal);
        path = query >= 0 ? path[..query] : path;
        string file;
        if (path.Length == 0)
        {
            file = page;
        }
        else if (path.StartsWith('/'))
        {
            if (!path.StartsWith(basePath, StringComparison.Ordinal))
            {
                return (null, fragment);
            }

            file = Path.Combine(outputRoot, Uri.UnescapeDataString(path[basePath.Length..]));
        }
        else
        {
            file = Path.Combine(Path.GetDirectoryName(page)!, Uri.UnescapeDataString(path));
        }

        if (file.EndsWith('/') || Directory.Exists(file))
        {
            file = Path.Combine(file, "index.html");
        }

        return (Path.GetFullPath(file), fragment);
    }

    [GeneratedRegex("(?:href|src)=\"(?<url>[^\"]*)\"")]
    private static partial Regex Link();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex AnyTag();
}
