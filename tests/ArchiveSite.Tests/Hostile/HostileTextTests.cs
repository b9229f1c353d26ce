using System.Net;
using System.Text.RegularExpressions;

namespace ArchiveSite.Tests.Hostile;

/// <summary>Seed text is text: the article page shows the hostile seed exactly as written, and no page of
/// the site carries a script, an image, an event handler or a <c>javascript:</c> URL that came from it.</summary>
public sealed partial class HostileTextTests : IDisposable
{
    private readonly TempSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task ImportAndBuild_HostileSeed_ArticlePageShowsExactlyTheText()
    {
        var html = await BuildAsync();

        var text = SiteLinks.Text(html);
        foreach (var line in HostileSeed.ShownLines)
        {
            Assert.True(text.Contains(line, StringComparison.Ordinal), $"not shown as written: {line}");
        }
    }

    [Fact]
    public async Task ImportAndBuild_HostileSeed_TitleIsTextInTheTitleElement()
    {
        var html = await BuildAsync();

        var title = TitleElement().Match(html);
        Assert.True(title.Success);
        Assert.Contains(HostileSeed.Title, WebUtility.HtmlDecode(title.Groups[1].Value), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportAndBuild_HostileSeed_NoPageHasScriptsImagesHandlersOrJavascriptUrls()
    {
        await BuildAsync();

        var pages = Directory.GetFiles(_site.Output, "*.html", SearchOption.AllDirectories);
        Assert.NotEmpty(pages);
        foreach (var page in pages)
        {
            // The theme's own scripts and form: JSON-LD data (escaped so nothing can close it), the search page's module and form.
            var html = ThemeScript().Replace(File.ReadAllText(page), string.Empty);
            var name = Path.GetRelativePath(_site.Output, page);
            Assert.False(ActiveElement().IsMatch(html), $"{name}: {ActiveElement().Match(html).Value}");
            Assert.False(EventHandler().IsMatch(html), $"{name}: {EventHandler().Match(html).Value}");
            foreach (var link in SiteLinks.Links(html))
            {
                Assert.False(link.Trim().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase), $"{name}: {link}");
            }
        }
    }

    [Fact]
    public async Task Import_HostileSeed_PageBodyHasNoRawHtmlOrLinkSyntaxLeft()
    {
        await BuildAsync();

        var page = _site.PageOfSeed(HostileSeed.FileName)!;
        Assert.Equal(HostileSeed.Title, page.FrontMatter.Title);
        Assert.Equal(HostileSeed.Subtitle, page.FrontMatter.Subtitle);
        Assert.DoesNotMatch(@"(?<!\\)[<\[]", page.Body);
    }

    [Theory]
    [InlineData("<img src=x onerror=alert(1)>", true)]
    [InlineData("<p class=\"a\" onclick='x'>", true)]
    [InlineData("<svg/onload=alert(1)>", false)]
    [InlineData("<meta name=\"description\" content=\"a onerror=alert(1)\">", false)]
    [InlineData("<p>&lt;img src=x onerror=alert(1)&gt;</p>", false)]
    public void EventHandlerCheck_FindsHandlersButNotQuotedOrEscapedText(string html, bool found)
    {
        Assert.Equal(found, EventHandler().IsMatch(html));
        Assert.Equal(html.StartsWith("<img", StringComparison.Ordinal) || html.StartsWith("<svg", StringComparison.Ordinal), ActiveElement().IsMatch(html));
    }

    [Fact]
    public async Task ImportAndBuild_HostileSeed_FeedsAndJsonLdCarryTheSameText()
    {
        var html = await BuildAsync();

        using (var reader = System.Xml.XmlReader.Create(Path.Combine(_site.Output, "feed.xml")))
        {
            var feed = System.ServiceModel.Syndication.SyndicationFeed.Load(reader);
            var entry = Assert.Single(feed.Items);
            Assert.Equal(HostileSeed.Title, entry.Title.Text);
        }

        var jsonLd = JsonLdBlock().Match(html);
        Assert.True(jsonLd.Success, "no JSON-LD block");
        Assert.DoesNotContain("<", jsonLd.Groups[1].Value, StringComparison.Ordinal);
        using var json = System.Text.Json.JsonDocument.Parse(jsonLd.Groups[1].Value);
        Assert.Equal(HostileSeed.Title, json.RootElement.GetProperty("headline").GetString());
    }

    private async Task<string> BuildAsync()
    {
        File.WriteAllText(Path.Combine(_site.Seeds, HostileSeed.FileName), HostileSeed.Text);
        var (code, _, errors) = await _site.ImportAndBuildAsync();
        Assert.True(code == 0, errors);
        return _site.ArticleHtml(_site.PageOfSeed(HostileSeed.FileName)!);
    }

    [GeneratedRegex("<script type=\"application/ld\\+json\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex JsonLdBlock();

    [GeneratedRegex("<title>(.*?)</title>", RegexOptions.Singleline)]
    private static partial Regex TitleElement();

    /// <summary>Elements that run code, load something or change the page, whatever their case.</summary>
    [GeneratedRegex("<script type=\"application/ld\\+json\">[^<]*</script>|<script type=\"module\" async src=\"/assets/search/index\\.js\\?v=[0-9a-f]+\"></script>|<form id=\"search\" class=\"search-form\" role=\"search\" hidden[^>]*>|</form>")]
    private static partial Regex ThemeScript();

    [GeneratedRegex(@"<\s*/?\s*(script|img|svg|iframe|object|embed|style|base|form|math)\b|<meta[^>]*http-equiv", RegexOptions.IgnoreCase)]
    private static partial Regex ActiveElement();

    /// <summary>An on… attribute of a tag (not text inside another attribute's quoted value).</summary>
    [GeneratedRegex(@"<[a-z][a-z0-9-]*(?:\s+[a-z_:][a-z0-9_:.-]*(?:\s*=\s*(?:""[^""]*""|'[^']*'|[^\s""'>]+))?)*?\s+on[a-z]+\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex EventHandler();
}
