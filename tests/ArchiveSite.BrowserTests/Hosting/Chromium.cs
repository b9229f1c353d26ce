using Microsoft.Playwright;

namespace ArchiveSite.BrowserTests.Hosting;

/// <summary>
/// Starts the system's Chromium (Debian's <c>/usr/bin/chromium</c>, or the one named by
/// <c>ARCHIVESITE_CHROMIUM</c>) headless through Playwright, with the flags it needs here: no sandbox
/// (tests run as root) and no background traffic. Playwright's own browser downloads are never used.
/// </summary>
public sealed class Chromium : IAsyncDisposable
{
    public const string PathVariable = "ARCHIVESITE_CHROMIUM";
    public const string SkipVariable = "ARCHIVESITE_SKIP_BROWSER";

    private static readonly string[] s_args =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
    ];

    private readonly IPlaywright _playwright;

    private Chromium(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        Browser = browser;
    }

    public IBrowser Browser { get; }

    public static string ExecutablePath => Environment.GetEnvironmentVariable(PathVariable) is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public static bool IsInstalled => File.Exists(ExecutablePath);

    /// <summary>Why browser tests are skipped, or null when they run. Outside CI they are skipped where
    /// Chromium is missing (saying how to install it) or when <c>ARCHIVESITE_SKIP_BROWSER=1</c>; in CI
    /// (<c>CI=true</c>) they always run, and a missing Chromium fails them.</summary>
    public static string? SkipReason =>
        Environment.GetEnvironmentVariable("CI") == "true" ? null
        : Environment.GetEnvironmentVariable(SkipVariable) == "1" ? $"{SkipVariable}=1"
        : !IsInstalled ? $"Chromium is not at {ExecutablePath}: 'apt-get install -y chromium' (or set {PathVariable}) runs the browser tests"
        : null;

    /// <exception cref="InvalidOperationException">Chromium is not installed.</exception>
    public static async Task<Chromium> LaunchAsync()
    {
        if (!IsInstalled)
        {
            throw new InvalidOperationException(
                $"Chromium is not installed at {ExecutablePath}: run 'apt-get install -y chromium' (or set {PathVariable} to a Chromium binary). " +
                $"Outside CI, {SkipVariable}=1 skips the browser tests.");
        }

        var playwright = await Playwright.CreateAsync();
        try
        {
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = ExecutablePath,
                Headless = true,
                Args = s_args,
            });
            return new Chromium(playwright, browser);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }

    /// <summary>A fresh page that records every dialog (and dismisses it) and every console error.</summary>
    /// <param name="width">The window's width in CSS pixels (375 for a phone).</param>
    /// <param name="scheme">The colour scheme the page is told the reader prefers.</param>
    public async Task<WatchedPage> NewPageAsync(int width = 1280, int height = 900, ColorScheme scheme = ColorScheme.Light)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            JavaScriptEnabled = true,
            ViewportSize = new ViewportSize { Width = width, Height = height },
            ColorScheme = scheme,
        });
        return new WatchedPage(context, await context.NewPageAsync());
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
    }
}

/// <summary>A browser page with what it did on the side: dialogs it opened, console errors, page errors,
/// and requests that failed or were answered with an error status.</summary>
public sealed class WatchedPage : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly List<string> _dialogs = [];
    private readonly List<string> _errors = [];
    private readonly List<string> _failedRequests = [];

    internal WatchedPage(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
        page.RequestFailed += (_, request) => Record(_failedRequests, $"{request.Url}: {request.Failure}");
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                Record(_failedRequests, $"{response.Url}: HTTP {response.Status}");
            }
        };
        page.Dialog += async (_, dialog) =>
        {
            lock (_dialogs)
            {
                _dialogs.Add($"{dialog.Type}: {dialog.Message}");
            }

            await dialog.DismissAsync();
        };
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                lock (_errors)
                {
                    _errors.Add(message.Text);
                }
            }
        };
        page.PageError += (_, error) =>
        {
            lock (_errors)
            {
                _errors.Add(error);
            }
        };
    }

    public IPage Page { get; }

    public IReadOnlyList<string> Dialogs
    {
        get
        {
            lock (_dialogs)
            {
                return [.. _dialogs];
            }
        }
    }

    public IReadOnlyList<string> Errors
    {
        get
        {
            lock (_errors)
            {
                return [.. _errors];
            }
        }
    }

    public IReadOnlyList<string> FailedRequests
    {
        get
        {
            lock (_failedRequests)
            {
                return [.. _failedRequests];
            }
        }
    }

    /// <summary>Opens a URL and waits until the page and everything it loads have arrived.</summary>
    public async Task OpenAsync(string url)
    {
        var response = await Page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        if (response is null || !response.Ok)
        {
            throw new InvalidOperationException($"{url}: HTTP {response?.Status}");
        }
    }

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();

    private static void Record(List<string> list, string entry)
    {
        lock (list)
        {
            list.Add(entry);
        }
    }
}
