using Microsoft.Playwright;

namespace ArchiveSite.BrowserTests.Reading;

/// <summary>A page opened as a reader would, at a given window size and colour scheme, recording what
/// went wrong on the side: console errors, uncaught exceptions, and requests that failed or were answered
/// with an error status.</summary>
internal sealed class ReaderPage : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly List<string> _errors = [];
    private readonly List<string> _failedRequests = [];

    private ReaderPage(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                Record(_errors, message.Text);
            }
        };
        page.PageError += (_, error) => Record(_errors, error);
        page.RequestFailed += (_, request) => Record(_failedRequests, $"{request.Url}: {request.Failure}");
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                Record(_failedRequests, $"{response.Url}: HTTP {response.Status}");
            }
        };
    }

    public IPage Page { get; }

    public IReadOnlyList<string> Errors => Snapshot(_errors);

    public IReadOnlyList<string> FailedRequests => Snapshot(_failedRequests);

    public static async Task<ReaderPage> OpenAsync(IBrowser browser, string url, int width, int height, ColorScheme scheme)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            ColorScheme = scheme,
        });
        var page = new ReaderPage(context, await context.NewPageAsync());
        var response = await page.Page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        if (response is null || !response.Ok)
        {
            await page.DisposeAsync();
            throw new InvalidOperationException($"{url}: HTTP {response?.Status}");
        }

        return page;
    }

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();

    private static void Record(List<string> list, string entry)
    {
        lock (list)
        {
            list.Add(entry);
        }
    }

    private static List<string> Snapshot(List<string> list)
    {
        lock (list)
        {
            return [.. list];
        }
    }
}
