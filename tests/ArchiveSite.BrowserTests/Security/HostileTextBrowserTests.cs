using ArchiveSite.BrowserTests.Hosting;
using ArchiveSite.Tests.Hostile;

namespace ArchiveSite.BrowserTests.Security;

/// <summary>In a real browser, the pages built from a hostile seed run none of its scripts: no dialog opens,
/// <c>window.__pwned</c> (which every script in the seed sets) stays undefined, and the text is shown as written.</summary>
[Collection(ChromiumCollection.Name)]
public sealed class HostileTextBrowserTests(ChromiumFixture chromium) : IAsyncLifetime
{
    private const string PwnedCheck = "() => typeof window.__pwned === 'undefined'";

    private TestSite? _site;
    private StaticSiteServer? _server;

    private TestSite Site => _site ?? throw new InvalidOperationException("not started");

    private StaticSiteServer Server => _server ?? throw new InvalidOperationException("not started");

    private Chromium Browser => chromium.Chromium;

    public async Task InitializeAsync()
    {
        if (Chromium.SkipReason is not null)
        {
            return;
        }

        _site = await TestSite.BuildAsync(new Dictionary<string, string> { [HostileSeed.FileName] = HostileSeed.Text });
        _server = StaticSiteServer.Start(_site.Output);
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        _site?.Dispose();
    }

    [BrowserFact]
    public async Task ArticlePage_HostileSeed_RunsNoScriptAndShowsTheTextAsWritten()
    {
        await using var page = await Browser.NewPageAsync();

        await page.OpenAsync(Server.Url(Site.ArticlePathOf(HostileSeed.FileName)));

        Assert.Empty(page.Dialogs);
        Assert.True(await page.Page.EvaluateAsync<bool>(PwnedCheck), "a script from the seed ran");
        Assert.Equal(0, await page.Page.Locator("article script, article img, article iframe, article svg, article a[href^='javascript:' i]").CountAsync());
        Assert.Equal(HostileSeed.Title, (await page.Page.Locator("h1").InnerTextAsync()).Trim());
        var text = await page.Page.Locator("article").InnerTextAsync();
        foreach (var line in HostileSeed.Body)
        {
            Assert.Contains(line, text, StringComparison.Ordinal);
        }

        Assert.StartsWith(HostileSeed.Title, await page.Page.TitleAsync(), StringComparison.Ordinal);
    }

    [BrowserFact]
    public async Task EveryPage_HostileSeed_RunsNoScriptAndOpensNoDialog()
    {
        var pages = Directory.GetFiles(Site.Output, "index.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Site.Output, Path.GetDirectoryName(f)!).Replace('\\', '/'))
            .Select(p => p == "." ? string.Empty : p + "/")
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.True(pages.Count >= 4, string.Join(", ", pages));

        foreach (var sitePath in pages)
        {
            await using var page = await Browser.NewPageAsync();

            await page.OpenAsync(Server.Url(sitePath));

            Assert.True(page.Dialogs.Count == 0, $"/{sitePath}: {string.Join("; ", page.Dialogs)}");
            Assert.True(await page.Page.EvaluateAsync<bool>(PwnedCheck), $"/{sitePath}: a script from the seed ran");
            Assert.True(page.Errors.Count == 0, $"/{sitePath}: {string.Join("; ", page.Errors)}");
        }
    }

    [BrowserFact]
    public async Task SearchResults_HostileSeed_ShowTheTextAndRunNoScript()
    {
        Assert.True(File.Exists(Path.Combine(Site.Output, "search", "index", "meta.json")), "the search index was not made");
        await using var page = await Browser.NewPageAsync();
        await page.OpenAsync(Server.Url("search/"));

        await page.Page.Locator("#search-q").FillAsync("жирний");
        var result = page.Page.Locator(".search-result h2 a").First;
        await result.WaitForAsync(new() { Timeout = 15_000 });

        Assert.Contains("<b>жирний</b>", await result.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Empty(page.Dialogs);
        Assert.True(await page.Page.EvaluateAsync<bool>(PwnedCheck), "a script from the seed ran in the search results");
        Assert.Equal(0, await page.Page.Locator(".search-results img, .search-results script, .search-results b").CountAsync());
        Assert.True(await page.Page.Locator(".search-results mark").CountAsync() >= 1, "the matched word is not marked");
    }

    [BrowserFact]
    public async Task Harness_PageWithAnInjectedScript_IsCaught()
    {
        // The checks above would pass on a browser that ran nothing: show that this one runs scripts and reports dialogs.
        await using var page = await Browser.NewPageAsync();

        await page.Page.SetContentAsync("<p>x</p><img src=x onerror=\"window.__pwned='img';alert('caught')\">");
        await page.Page.WaitForFunctionAsync("() => window.__pwned === 'img'");

        Assert.False(await page.Page.EvaluateAsync<bool>(PwnedCheck));
        Assert.Contains("alert: caught", page.Dialogs);
    }
}
