using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;

namespace ArchiveSite.Benchmarks;

/// <summary>
/// What a reader waits for on /search/ in Chromium (Debian's, at /usr/bin/chromium or $ARCHIVESITE_CHROMIUM). Cold:
/// a fresh browser context (empty HTTP cache) opens the page with the query in its address; the time runs from the
/// start of navigation to the first result on screen, and the bytes are every index file fetched. Warm: in the same
/// page, the query is typed again after another one; the time runs from the input to the results. Medians with
/// min–max over the runs.
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
        report.WriteLine("| query | results | cold ms | warm ms | index KB fetched (cold) | requests |");
        report.WriteLine("|---|---:|---|---|---:|---:|");
        foreach (var query in queries)
        {
            var cold = new List<double>();
            var warm = new List<double>();
            double kilobytes = 0;
            var requests = 0;
            var results = string.Empty;
            for (var run = 0; run < runs; run++)
            {
                await using var context = await browser.NewContextAsync();
                var page = await context.NewPageAsync();
                await page.AddInitScriptAsync(
                    """
                    new MutationObserver((changes, observer) => {
                      const list = document.getElementById("search-results");
                      if (list && list.children.length > 0) { window.__shown = performance.now(); observer.disconnect(); }
                    }).observe(document, { childList: true, subtree: true });
                    """);
                await page.GotoAsync(new Uri(site, "search/?q=" + Uri.EscapeDataString(query)).ToString());
                await page.Locator("#search-status").Filter(new() { HasTextRegex = new System.Text.RegularExpressions.Regex("Знайдено|Нічого|found|Nothing") }).WaitForAsync(new() { Timeout = 60_000 });
                await page.WaitForFunctionAsync("() => window.__shown !== undefined");
                var measured = await page.EvaluateAsync<JsonElement>(
                    """
                    () => {
                      const shown = window.__shown;
                      const index = performance.getEntriesByType("resource").filter(r => r.name.includes("/search/index/"));
                      return { shown, bytes: index.reduce((s, r) => s + r.encodedBodySize, 0), requests: index.length };
                    }
                    """);
                cold.Add(measured.GetProperty("shown").GetDouble());
                kilobytes = measured.GetProperty("bytes").GetDouble() / 1024;
                requests = measured.GetProperty("requests").GetInt32();
                results = await page.Locator("#search-status").InnerTextAsync();

                await page.Locator("#search-q").FillAsync("зміни");
                await page.Locator(".search-result").First.WaitForAsync();
                var elapsed = await page.EvaluateAsync<double>(
                    """
                    async (query) => {
                      const input = document.getElementById("search-q");
                      const status = document.getElementById("search-status");
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
                warm.Add(elapsed);
            }

            report.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {query} | {results} | {Spread(cold)} | {Spread(warm)} | {kilobytes:0.0} | {requests} |"));
        }
    }

    private static string Spread(List<double> values)
    {
        var sorted = values.Order().ToList();
        var median = sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
        return string.Create(CultureInfo.InvariantCulture, $"{median:0} ({sorted[0]:0}–{sorted[^1]:0})");
    }
}
