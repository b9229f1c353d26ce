using System.Net;
using System.Net.Sockets;
using ArchiveSite.Core.Content;

namespace ArchiveSite.Tests;

/// <summary>serve: builds, serves the site on 127.0.0.1, rebuilds when an input page changes.</summary>
public sealed class ServeTests
{
    [Fact]
    public async Task Serve_InputPageChanges_ServedPageChanges()
    {
        using var site = new TempSite();
        SyntheticArchive.Write(site.Input, 12);
        var page = Directory.GetFiles(Path.Combine(site.Input, InputLoader.ArticlesFolder), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).First();
        var frontMatter = FrontMatterReader.Read("page.md", File.ReadAllText(page)).FrontMatter;
        var url = "/" + SeedlessUrl(frontMatter);
        var port = FreePort();
        using var stop = new CancellationTokenSource();
        using var log = new StringWriter();
        var serving = Cli.CliApp.RunAsync(
            ["serve", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--seeds", site.Seeds, "--input", site.Input, "--output", site.Output, "--theme-assets", Path.Combine(site.Root, "no-assets")],
            TextWriter.Synchronized(log),
            TextWriter.Synchronized(log),
            stop.Token);
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(10) };

        var before = await PollAsync(http, url, html => html.Contains(frontMatter.Title, StringComparison.Ordinal), serving, log);
        File.WriteAllText(page, File.ReadAllText(page).Replace(frontMatter.Title, "Заголовок після зміни", StringComparison.Ordinal));
        var after = await PollAsync(http, url, html => html.Contains("Заголовок після зміни", StringComparison.Ordinal), serving, log);
        for (var wait = 0; wait < 300 && !log.ToString().Contains("serve: rebuilt in ", StringComparison.Ordinal); wait++)
        {
            await Task.Delay(200);
        }

        await stop.CancelAsync();
        var code = await serving;

        Assert.Contains(PreviewScriptMarker, before, StringComparison.Ordinal);
        Assert.DoesNotContain(frontMatter.Title, after, StringComparison.Ordinal);
        Assert.DoesNotContain(PreviewScriptMarker, File.ReadAllText(Path.Combine(site.Output, url.Trim('/'), "index.html")), StringComparison.Ordinal);
        Assert.Equal(0, code);
        Assert.Matches(@"serve: rebuilt in \d+\.\d\d s", log.ToString());
    }

    private const string PreviewScriptMarker = "/__archivesite/version";

    private static string SeedlessUrl(FrontMatter frontMatter) =>
        Core.Site.SiteUrls.Article(frontMatter);

    private static async Task<string> PollAsync(HttpClient http, string url, Func<string, bool> done, Task serving, StringWriter log)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            Assert.False(serving.IsCompleted, $"serve stopped: {log}");
            try
            {
                var html = await http.GetStringAsync(url);
                if (done(html))
                {
                    return html;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"{url} never showed the change; serve said:\n{log}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
