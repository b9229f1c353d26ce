using System.Text.Json;
using ArchiveSite.BrowserTests.Hosting;
using Microsoft.Playwright;

namespace ArchiveSite.BrowserTests.Reading;

/// <summary>A reader's way through the site in Chromium: following links, searching, filtering; with no
/// console error or failed request on the way, no serious accessibility problem, and screenshots.</summary>
[Collection(ReadingCollection.Name)]
public sealed class ReadingExperienceTests(ReadingSite site, ChromiumFixture chromium)
{
    private static readonly string s_artifacts = Path.Combine(ArchiveSite.Tests.RepositoryFiles.Root, "TestResults", "browser");

    [BrowserFact]
    public async Task Reader_FollowsLinks_FromHomeToArticleToPersonToTag()
    {
        await using var page = await OpenAsync(string.Empty);

        await page.Page.GetByRole(AriaRole.Link, new() { Name = ReadingSite.SeedTitle, Exact = true }).ClickAsync();
        await Assertions.Expect(page.Page.Locator("h1")).ToHaveTextAsync(ReadingSite.SeedTitle);
        var articleUrl = page.Page.Url;

        await page.Page.Locator(".terms a", new() { HasTextString = "Сергій Рябков" }).ClickAsync();
        await Assertions.Expect(page.Page.Locator("h1")).ToHaveTextAsync("Сергій Рябков");
        Assert.Equal(1, await page.Page.Locator($".article-list a[href='{new Uri(articleUrl).AbsolutePath}']").CountAsync());

        await page.Page.GoBackAsync();
        await page.Page.Locator(".terms a", new() { HasTextString = "США" }).ClickAsync();
        await Assertions.Expect(page.Page.Locator("h1")).ToHaveTextAsync("США");
        Assert.True(await page.Page.Locator(".article-list li").CountAsync() >= 2);

        await page.Page.GetByRole(AriaRole.Link, new() { Name = "Люди", Exact = true }).First.ClickAsync();
        await Assertions.Expect(page.Page.Locator("h1")).ToHaveTextAsync("Люди");
        Assert.Empty(page.Errors);
        Assert.Empty(page.FailedRequests);
    }

    [BrowserTheory]
    [InlineData("Рябков")]
    [InlineData("Рябкова")]
    public async Task Search_Surname_FindsTheSeedArticle(string query)
    {
        await using var page = await OpenAsync("search/");

        await page.Page.Locator("#search-q").FillAsync(query);
        var first = page.Page.Locator(".search-result h2 a").First;
        await first.WaitForAsync(new() { Timeout = 15_000 });

        var titles = await page.Page.Locator(".search-result h2 a").AllInnerTextsAsync();
        Assert.Contains(ReadingSite.SeedTitle, titles.Select(t => t.Trim()));
        Assert.Empty(page.Errors);
        Assert.Empty(page.FailedRequests);
    }

    [BrowserFact]
    public async Task Search_FilterByPerson_NarrowsTheResults()
    {
        await using var page = await OpenAsync("search/?q=" + Uri.EscapeDataString("переговори"));
        await Assertions.Expect(page.Page.Locator("#search-status")).ToContainTextAsync("Знайдено");
        var all = await page.Page.Locator(".search-result").CountAsync();

        await page.Page.Locator("input[name='person']").FillAsync("Андрій Сибіга");
        await page.Page.Locator("input[name='person']").DispatchEventAsync("change");
        await Assertions.Expect(page.Page.Locator(".search-result")).ToHaveCountAsync(1);

        Assert.True(all >= 3, $"all: {all}");
        Assert.Contains("person=", page.Page.Url, StringComparison.Ordinal);
        var years = await page.Page.Locator("select[name='year'] option").AllInnerTextsAsync();
        Assert.Contains(years, y => y.StartsWith("2025", StringComparison.Ordinal));
        Assert.Empty(page.Errors);
    }

    [BrowserTheory]
    [InlineData("", "home")]
    [InlineData("ARTICLE", "article")]
    [InlineData("persons/", "persons")]
    [InlineData("tags/", "tags")]
    [InlineData("search/", "search")]
    public async Task Page_HasNoSeriousAccessibilityViolationsAndLoadsCleanly(string path, string name)
    {
        await using var page = await OpenAsync(path == "ARTICLE" ? ArticlePath() : path);
        if (name == "search")
        {
            await page.Page.Locator("#search-q").WaitForAsync();
        }

        var serious = await AxeCore.SeriousViolationsAsync(page.Page, Path.Combine(s_artifacts, $"axe-{name}.json"));
        Assert.Empty(serious);
        Assert.Empty(page.Errors);
        Assert.Empty(page.FailedRequests);
    }

    [BrowserFact]
    public async Task Screenshots_PhoneAndDesktop_LightAndDark_AreWritten()
    {
        Directory.CreateDirectory(s_artifacts);
        var written = new List<string>();
        foreach (var (width, height) in new[] { (375, 812), (1280, 900) })
        {
            foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
            {
                foreach (var (path, name) in new[] { (string.Empty, "home"), (ArticlePath(), "article"), ("persons/", "persons"), ("search/", "search") })
                {
                    await using var page = await OpenAsync(path, width, height, scheme);
                    var file = Path.Combine(s_artifacts, $"{name}-{width}-{scheme.ToString().ToLowerInvariant()}.png");
                    await page.Page.ScreenshotAsync(new() { Path = file, FullPage = true });
                    written.Add(file);
                }
            }
        }

        Assert.All(written, f => Assert.True(new FileInfo(f).Length > 1000, f));
    }

    [BrowserFact]
    public async Task ArticlePage_StylesAndScripts_StayLight()
    {
        await using var page = await OpenAsync(ArticlePath());

        var bytes = await page.Page.EvaluateAsync<JsonElement>(
            "() => performance.getEntriesByType('resource').filter(r => r.initiatorType === 'link' || r.initiatorType === 'script').map(r => ({ name: r.name, size: r.decodedBodySize }))");
        var total = bytes.EnumerateArray().Sum(r => r.GetProperty("size").GetInt64());
        Directory.CreateDirectory(s_artifacts);
        await File.WriteAllTextAsync(Path.Combine(s_artifacts, "article-weight.json"), bytes.GetRawText());
        Assert.InRange(total, 1, 40_000);
        Assert.Equal(0, await page.Page.Locator("script[src]").CountAsync());
    }

    private string ArticlePath() =>
        Path.GetRelativePath(site.Output, Path.GetDirectoryName(Directory.GetFiles(Path.Combine(site.Output, "2025", "12"), "index.html", SearchOption.AllDirectories)
            .Single(f => File.ReadAllText(f).Contains("<h1>У Кремлі цинічно", StringComparison.Ordinal)))!).Replace('\\', '/') + "/";

    private async Task<WatchedPage> OpenAsync(string path, int width = 1280, int height = 900, ColorScheme scheme = ColorScheme.Light)
    {
        var page = await chromium.Chromium.NewPageAsync(width, height, scheme);
        await page.OpenAsync(site.Server.Url(path));
        return page;
    }
}
