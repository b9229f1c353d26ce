using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;

namespace ArchiveSite.Benchmarks;

/// <summary>
/// What a reader waits for on /search/ in Chromium (Debian's, at /usr/bin/chromium or $ARCHIVESITE_CHROMIUM).
/// Cold: in a running browser whose HTTP cache has just been emptied, a new tab opens the page with the query in
/// its address; the time runs from the start of navigation to the first result on screen, and the bytes are every
/// index file fetched. First visit: the same in a new browser context (a new profile), which also pays for the
/// browser's own window start-up. Warm: in the same page, the query is submitted again after another one; the
/// time runs from the submit to the results. Medians with min–max over the runs. With
/// $ARCHIVESITE_SEARCH_TRACE set, the first cold run of each query writes a Chromium trace (JSON) to that path.
/// </summary>
public static class SearchLatency
{
    public static async Task RunAsync(Uri site, int runs, IReadOnlyList<string> queries, TextWriter report)
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Environment.GetEnvironmentVariable("ARCHIVESITE_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        await using var running = await browser.NewContextAsync();
        var blank = await running.NewPageAsync();
        var cache = await running.NewCDPSessionAsync(blank);

        report.WriteLine("| query | results | cold ms | warm ms | first visit ms | index KB fetched (cold) | requests |");
        report.WriteLine("|---|---:|---|---|---|---:|---:|");
        foreach (var query in queries)
        {
            var url = new Uri(site, "search/?q=" + Uri.EscapeDataString(query)).ToString();
            var cold = new List<double>();
            var warm = new List<double>();
            var first = new List<double>();
            Load? load = null;
            for (var run = 0; run < runs; run++)
            {
                await cache.SendAsync("Network.clearBrowserCache");
                await Task.Delay(500);
                var page = await running.NewPageAsync();
                var trace = run == 0 ? Environment.GetEnvironmentVariable("ARCHIVESITE_SEARCH_TRACE") : null;
                var tracing = trace is { Length: > 0 } ? await ChromiumTrace.StartAsync(running, page) : null;
                load = await LoadAsync(page, url);
                if (tracing is not null)
                {
                    await tracing.StopAsync(trace!);
                }

                cold.Add(load.Shown);
                warm.Add(await WarmAsync(page, query));
                await page.CloseAsync();

                await using var fresh = await browser.NewContextAsync();
                first.Add((await LoadAsync(await fresh.NewPageAsync(), url)).Shown);
            }

            report.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {query} | {load!.Status} | {Spread(cold)} | {Spread(warm)} | {Spread(first)} | {load.Bytes / 1024:0.0} | {load.Requests} |"));
        }
    }

    private sealed record Load(double Shown, double Bytes, int Requests, string Status);

    /// <summary>Opens the search page at the URL and waits for its first result. Nothing is asked of the page until
    /// then (Playwright's own script, injected by its first locator or evaluation, holds the page's thread for
    /// over 100 ms): the page says when it shows a result on its console.</summary>
    private static async Task<Load> LoadAsync(IPage page, string url)
    {
        await page.AddInitScriptAsync(
            """
            new MutationObserver((changes, observer) => {
              const list = document.getElementById("search-results");
              if (list && list.children.length > 0) {
                window.__shown = performance.now();
                observer.disconnect();
                console.debug("archivesite:shown");
              }
            }).observe(document, { childList: true, subtree: true });
            """);
        var shown = page.WaitForConsoleMessageAsync(new() { Predicate = m => m.Text == "archivesite:shown", Timeout = 60_000 });
        await page.GotoAsync(url, new() { WaitUntil = WaitUntilState.Commit });
        await shown;
        var measured = await page.EvaluateAsync<JsonElement>(
            """
            () => {
              const index = performance.getEntriesByType("resource").filter(r => r.name.includes("/search/index/"));
              return { shown: window.__shown, bytes: index.reduce((s, r) => s + r.encodedBodySize, 0), requests: index.length };
            }
            """);
        return new Load(
            measured.GetProperty("shown").GetDouble(),
            measured.GetProperty("bytes").GetDouble(),
            measured.GetProperty("requests").GetInt32(),
            await page.Locator("#search-status").InnerTextAsync());
    }

    /// <summary>Searches for another word, then submits the query again: the time to its first result.</summary>
    private static async Task<double> WarmAsync(IPage page, string query)
    {
        await page.Locator("#search-q").FillAsync("зміни");
        await page.Locator(".search-result").First.WaitForAsync();
        return await page.EvaluateAsync<double>(
            """
            async (query) => {
              const input = document.getElementById("search-q");
              const list = document.getElementById("search-results");
              list.replaceChildren();
              const start = performance.now();
              input.value = query;
              input.form.requestSubmit();
              await new Promise(done => new MutationObserver((changes, observer) => {
                if (list.children.length > 0) { observer.disconnect(); done(); }
              }).observe(list, { childList: true }));
              return performance.now() - start;
            }
            """, query);
    }

    private static string Spread(List<double> values)
    {
        var sorted = values.Order().ToList();
        var median = sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
        return string.Create(CultureInfo.InvariantCulture, $"{median:0} ({sorted[0]:0}–{sorted[^1]:0})");
    }
}
