using ArchiveSite.BrowserTests.Hosting;
using ArchiveSite.BrowserTests.Reading;
using Microsoft.Playwright;

namespace ArchiveSite.BrowserTests.Searching;

/// <summary>The search page itself: accessible with results shown in light and dark, screenshots, what it says
/// without JavaScript, and what a query fetches.</summary>
[Collection(SearchCollection.Name)]
public sealed class SearchPageTests(SearchSite site, ChromiumFixture chromium)
{
    private static readonly string s_artifacts = Path.Combine(ArchiveSite.Tests.RepositoryFiles.Root, "TestResults", "browser");

    [BrowserTheory]
    [InlineData("light")]
    [InlineData("dark")]
    public async Task WithResults_HasNoSeriousAccessibilityViolations(string scheme)
    {
        await using var page = await chromium.Chromium.NewPageAsync(1280, 900, scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light);
        await page.OpenAsync(site.Url("search/?q=" + Uri.EscapeDataString("санкції")));
        await Assertions.Expect(page.Page.Locator(".search-result mark").First).ToBeVisibleAsync();

        var serious = await AxeCore.SeriousViolationsAsync(page.Page, Path.Combine(s_artifacts, $"axe-search-results-{scheme}.json"));
        Assert.Empty(serious);
        Assert.Empty(page.Errors);
    }

    [BrowserFact]
    public async Task Screenshots_PhoneAndDesktop_LightAndDark_WithResults()
    {
        Directory.CreateDirectory(s_artifacts);
        foreach (var (width, height) in new[] { (375, 812), (1280, 900) })
        {
            foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
            {
                await using var page = await chromium.Chromium.NewPageAsync(width, height, scheme);
                await page.OpenAsync(site.Url("search/?q=" + Uri.EscapeDataString("переговори")));
                await Assertions.Expect(page.Page.Locator(".search-result").First).ToBeVisibleAsync();
                var file = Path.Combine(s_artifacts, $"search-results-{width}-{scheme.ToString().ToLowerInvariant()}.png");
                await page.Page.ScreenshotAsync(new() { Path = file, FullPage = true });
                Assert.True(new FileInfo(file).Length > 1000, file);
                Assert.True(await page.Page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), $"{width} px: the page scrolls sideways");
            }
        }
    }

    [BrowserFact]
    public async Task WithoutJavaScript_PointsToTheIndexes()
    {
        await using var context = await chromium.Chromium.Browser.NewContextAsync(new() { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url("search/?q=" + Uri.EscapeDataString("санкції")));

        await Assertions.Expect(page.Locator("noscript, .search-note").Filter(new() { HasTextString = "покажчики" }).First).ToBeVisibleAsync();
        Assert.False(await page.Locator("#search").IsVisibleAsync());
    }

    [BrowserFact]
    public async Task Query_FetchesOnlyTheIndexFilesItNeeds()
    {
        await using var page = await chromium.Chromium.NewPageAsync();
        await page.OpenAsync(site.Url("search/?q=" + Uri.EscapeDataString("обмін полоненими")));
        await Assertions.Expect(page.Page.Locator(".search-result")).ToHaveCountAsync(1);

        var fetched = await page.Page.EvaluateAsync<string[]>("() => performance.getEntriesByType('resource').map(r => new URL(r.name).pathname).filter(p => p.includes('/search/index/'))");
        var all = Directory.GetFiles(Path.Combine(site.Output, "search", "index"), "*", SearchOption.AllDirectories).Length;

        Assert.Contains(fetched, p => p.EndsWith("/meta.json", StringComparison.Ordinal));
        Assert.DoesNotContain(fetched, p => p.Contains("/f/", StringComparison.Ordinal));
        Assert.True(fetched.Length < all, $"{fetched.Length} of {all} index files fetched");
        Assert.Equal(fetched.Length, fetched.Distinct(StringComparer.Ordinal).Count());
    }
}
