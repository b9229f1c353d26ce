using ArchiveSite.BrowserTests.Hosting;
using Microsoft.Playwright;

namespace ArchiveSite.BrowserTests.Searching;

/// <summary>What a reader finds, query by query, in Chromium: inflected forms of common words and of names in
/// both languages, prefixes, two-word queries and filters, each with the one right set of results (so a result
/// that shares no word with the query fails the test as surely as a missing one).</summary>
[Collection(SearchCollection.Name)]
public sealed class SearchQueryTests(SearchSite site, ChromiumFixture chromium)
{
    [BrowserTheory]
    // Ukrainian common words in other cases (the Russian article's "санкции" is the same word).
    [InlineData("санкції", "A B L")]
    [InlineData("санкцій", "A B L")]
    [InlineData("санкціях", "A B L")]
    [InlineData("санкціями", "A B L")]
    [InlineData("САНКЦІЇ", "A B L")]
    [InlineData("переговорах", "C M")]
    [InlineData("переговорів", "C M")]
    [InlineData("вибори", "E")]
    [InlineData("виборах", "E")]
    [InlineData("енергетика", "D")]
    [InlineData("енергетики", "D")]
    [InlineData("укриття", "G I")]
    [InlineData("дронів", "J")]
    [InlineData("кубка", "H")]
    [InlineData("полоненими", "C")]
    [InlineData("танкерів", "B")]
    [InlineData("з'їзд", "G")]
    // Russian common words in other cases.
    [InlineData("выборы", "K")]
    [InlineData("выборах", "K")]
    [InlineData("выборов", "K")]
    [InlineData("переговоры", "C M")]
    [InlineData("отопления", "N")]
    [InlineData("объем", "N")]
    [InlineData("школы", "G O")]
    // Names in any case find their person.
    [InlineData("Зеленського", "A F")]
    [InlineData("Зеленському", "A F")]
    [InlineData("Зеленський", "A F")]
    [InlineData("Лавровым", "C L")]
    [InlineData("Лаврова", "C L")]
    [InlineData("Сибіги", "C")]
    [InlineData("Сибігою", "C")]
    [InlineData("Терехова", "I")]
    [InlineData("Санду", "K")]
    // Prefixes, as the reader types.
    [InlineData("енергет", "D")]
    [InlineData("безпілот", "J")]
    [InlineData("Харк", "I")]
    // Two words narrow the results.
    [InlineData("санкції Зеленський", "A")]
    [InlineData("переговори Сибіга", "C")]
    [InlineData("выборы Санду", "K")]
    [InlineData("морський коридор", "F")]
    [InlineData("дрони Києва", "J")]
    [InlineData("обмін полоненими", "C")]
    // Nothing shares a word with these.
    [InlineData("космос", "")]
    [InlineData("санкції космос", "")]
    public async Task Query_FindsExactlyTheArticlesWithItsWords(string query, string expected)
    {
        Assert.Equal(Keys(expected), await ResultsAsync("q=" + Uri.EscapeDataString(query)));
    }

    [BrowserTheory]
    [InlineData("q=санкції&person=Володимир Зеленський", "A")]
    [InlineData("tag=санкції", "A B")]
    [InlineData("q=санкції&year=2025", "B L")]
    [InlineData("person=Сергій Лавров&tag=переговори", "C")]
    [InlineData("q=переговори&tag=переговори&year=2025", "C")]
    [InlineData("year=2022", "G O")]
    public async Task Filters_NarrowTheQueryAndEachOther(string query, string expected)
    {
        Assert.Equal(Keys(expected), await ResultsAsync(string.Join('&', query.Split('&').Select(p => p.Split('=')).Select(p => p[0] + "=" + Uri.EscapeDataString(p[1])))));
    }

    [BrowserFact]
    public async Task NewestFirst_OrdersByDate_AndIsOneClickAway()
    {
        await using var page = await OpenAsync("q=" + Uri.EscapeDataString("укриття"));
        await Assertions.Expect(page.Page.Locator(".search-result")).ToHaveCountAsync(2);

        await page.Page.GetByLabel("Спершу новіші").CheckAsync();
        await Assertions.Expect(page.Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("sort=new"));
        var links = await ResultLinksAsync(page);

        Assert.Equal([SearchSite.PathOf("I"), SearchSite.PathOf("G")], links);
    }

    [BrowserTheory]
    [InlineData("")]
    [InlineData("new")]
    public async Task MoreResults_ShowTheRestOnce_InTheSameOrder(string sort)
    {
        await using var page = await OpenAsync("q=" + Uri.EscapeDataString("дайджест") + (sort.Length > 0 ? "&sort=" + sort : string.Empty));
        await Assertions.Expect(page.Page.Locator(".search-result")).ToHaveCountAsync(10);
        var first = await ResultLinksAsync(page);

        await page.Page.Locator("#search-more").ClickAsync();
        await Assertions.Expect(page.Page.Locator(".search-result")).ToHaveCountAsync(12);
        await Assertions.Expect(page.Page.Locator("#search-more")).ToBeHiddenAsync();
        var all = await ResultLinksAsync(page);

        Assert.Equal(first, all.Take(10));
        Assert.Equal(Keys(string.Join(' ', SearchSite.DigestKeys)), all.Order(StringComparer.Ordinal));
        var byDate = SearchSite.DigestKeys.OrderByDescending(k => SearchSite.Articles.Single(a => a.Key == k).Date).Select(SearchSite.PathOf);
        if (sort == "new")
        {
            Assert.Equal(byDate, all);
        }
        else
        {
            // More mentions score higher; among equals the newer comes first.
            var byScore = SearchSite.DigestKeys
                .Select((key, i) => (Path: SearchSite.PathOf(key), Mentions: 1 + (i % 4), Date: SearchSite.Articles.Single(a => a.Key == key).Date))
                .OrderByDescending(d => d.Mentions).ThenByDescending(d => d.Date).Select(d => d.Path);
            Assert.Equal(byScore, all);
        }
    }

    [BrowserFact]
    public async Task TypedPrefix_UpdatesResultsAndUrl_AndMarksTheWordsAsWritten()
    {
        await using var page = await OpenAsync(string.Empty);
        await page.Page.Locator("#search-q").PressSequentiallyAsync("санкціях", new() { Delay = 20 });

        await Assertions.Expect(page.Page.Locator(".search-result")).ToHaveCountAsync(3);
        await Assertions.Expect(page.Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"\?q=%D1%81"));
        var marks = await page.Page.Locator(".search-result mark").AllInnerTextsAsync();
        Assert.Contains("санкцій", marks);
        Assert.Contains("Санкції", marks);
        Assert.Contains("Знайдено 3 статті", await page.Page.Locator("#search-status").InnerTextAsync(), StringComparison.Ordinal);
    }

    [BrowserFact]
    public async Task ResultPersonLink_AddsTheFilter_AndTheUrlReloadsToTheSameResults()
    {
        await using var page = await OpenAsync("q=" + Uri.EscapeDataString("санкції"));
        await Assertions.Expect(page.Page.Locator(".search-result")).ToHaveCountAsync(3);

        await page.Page.Locator(".search-terms a", new() { HasTextString = "Кір Стармер" }).ClickAsync();
        await Assertions.Expect(page.Page.Locator(".search-result")).ToHaveCountAsync(1);
        var url = page.Page.Url;
        Assert.Contains("person=", url, StringComparison.Ordinal);

        await page.Page.ReloadAsync();
        await Assertions.Expect(page.Page.Locator("#search-status")).ToContainTextAsync("Знайдено");
        Assert.Equal([SearchSite.PathOf("B")], await ResultLinksAsync(page));
        Assert.Equal("Кір Стармер", await page.Page.Locator("input[name='person']").InputValueAsync());

        await page.Page.GoBackAsync();
        await Assertions.Expect(page.Page.Locator(".search-result")).ToHaveCountAsync(3);
        Assert.Empty(page.Errors);
        Assert.Empty(page.FailedRequests);
    }

    [BrowserFact]
    public async Task Keyboard_AloneSearchesAndReachesTheResults()
    {
        await using var page = await OpenAsync(string.Empty);
        await page.Page.Locator("#search-q").FocusAsync();
        await page.Page.Keyboard.TypeAsync("школа");
        await page.Page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Page.Locator(".search-result")).ToHaveCountAsync(2);

        Assert.Equal("status", await page.Page.Locator("#search-status").GetAttributeAsync("role"));
        for (var i = 0; i < 20 && !await page.Page.EvaluateAsync<bool>("() => document.activeElement?.closest('.search-result') !== null"); i++)
        {
            await page.Page.Keyboard.PressAsync("Tab");
        }

        Assert.True(await page.Page.EvaluateAsync<bool>("() => document.activeElement?.closest('.search-result') !== null"), "Tab never reached a result");
    }

    [BrowserTheory]
    [InlineData("\"")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("%")]
    [InlineData("#p:Кір Стармер")]
    [InlineData("😀 ∑ \u0301\u00AD")]
    [InlineData("а б в г ґ д е є ж з и і ї й к л м н о п р с т у ф х ц ч ш щ ь ю я а б в")]
    public async Task AnyQuery_NeverBreaksThePage(string query)
    {
        await using var page = await OpenAsync("q=" + Uri.EscapeDataString(query) + "&year=abcd&person=");
        await Assertions.Expect(page.Page.Locator("#search-status")).Not.ToBeEmptyAsync();
        Assert.DoesNotContain("Пошук не вдався", await page.Page.Locator("#search-status").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Empty(page.Errors);
        Assert.Empty(page.Dialogs);

        await page.Page.Locator("#search-q").FillAsync(new string('ш', 5000));
        await Assertions.Expect(page.Page.Locator("#search-status")).ToContainTextAsync("Нічого не знайдено");
    }

    private static string[] Keys(string expected) =>
        [.. expected.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(SearchSite.PathOf).Order(StringComparer.Ordinal)];

    private async Task<string[]> ResultsAsync(string query)
    {
        await using var page = await OpenAsync(query);
        await Assertions.Expect(page.Page.Locator("#search-status")).ToContainTextAsync(new System.Text.RegularExpressions.Regex("Знайдено|Нічого"));
        Assert.Empty(page.Errors);
        Assert.Empty(page.FailedRequests);
        return [.. (await ResultLinksAsync(page)).Order(StringComparer.Ordinal)];
    }

    private static async Task<string[]> ResultLinksAsync(WatchedPage page) =>
        [.. (await page.Page.Locator(".search-result h2 a").EvaluateAllAsync<string[]>("links => links.map(a => new URL(a.href).pathname)")).Select(Uri.UnescapeDataString)];

    private async Task<WatchedPage> OpenAsync(string query)
    {
        var page = await chromium.Chromium.NewPageAsync();
        await page.OpenAsync(site.Url("search/" + (query.Length > 0 ? "?" + query : string.Empty)));
        await page.Page.Locator("#search-q").WaitForAsync();
        return page;
    }
}
