using System.Text;
using ArchiveSite.Core.Output;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.Logging;

namespace ArchiveSite.Cli.Serving;

/// <summary>
/// Serves a built site on 127.0.0.1 with Kestrel for preview. HTML pages get a small script, added as they
/// are served (never written to the site), that asks <see cref="VersionPath"/> once a second which build is
/// current and reloads the page when it changes.
/// </summary>
internal sealed class PreviewServer : IAsyncDisposable
{
    public const string VersionPath = "/__archivesite/version";

    private const string ReloadScript = """
        <script>
        (() => {
          let seen = null;
          setInterval(async () => {
            try {
              const version = await (await fetch("/__archivesite/version", { cache: "no-store" })).text();
              if (seen !== null && version !== seen) { location.reload(); }
              seen = version;
            } catch { }
          }, 1000);
        })();
        </script>
        """;

    private static readonly FileExtensionContentTypeProvider s_contentTypes = new();

    private readonly WebApplication _app;
    private readonly string _root;
    private readonly string _basePath;
    private long _version;

    public PreviewServer(string outputDirectory, int port, string basePath)
    {
        _root = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        _basePath = basePath.TrimEnd('/');
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options => options.ListenLocalhost(port));
        builder.WebHost.UseUrls();
        _app = builder.Build();
        _app.Run(ServeAsync);
        Url = $"http://127.0.0.1:{port}{_basePath}/";
    }

    public string Url { get; }

    /// <summary>Tells open pages that a new build is in place.</summary>
    public void Reload() => Interlocked.Increment(ref _version);

    public Task StartAsync(CancellationToken cancellationToken) => _app.StartAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task ServeAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        if (path == VersionPath)
        {
            context.Response.ContentType = "text/plain";
            context.Response.Headers.CacheControl = "no-store";
            await context.Response.WriteAsync(Interlocked.Read(ref _version).ToString(System.Globalization.CultureInfo.InvariantCulture));
            return;
        }

        if (_basePath.Length > 0)
        {
            if (!path.StartsWith(_basePath + "/", StringComparison.Ordinal))
            {
                await SendAsync(context, SiteUrls404(), StatusCodes.Status404NotFound);
                return;
            }

            path = path[_basePath.Length..];
        }

        var sitePath = Uri.UnescapeDataString(path.TrimStart('/'));
        string file;
        try
        {
            file = sitePath.Length == 0 ? Path.Combine(_root, "index.html") : SiteWriter.Resolve(_root, sitePath);
        }
        catch (InvalidOperationException)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        if (Directory.Exists(file))
        {
            if (!path.EndsWith('/'))
            {
                context.Response.Redirect(_basePath + path + "/");
                return;
            }

            file = Path.Combine(file, "index.html");
        }

        if (File.Exists(file))
        {
            await SendAsync(context, file, StatusCodes.Status200OK);
        }
        else
        {
            await SendAsync(context, SiteUrls404(), StatusCodes.Status404NotFound);
        }
    }

    private string SiteUrls404() => Path.Combine(_root, ArchiveSite.Core.Site.SiteUrls.NotFoundFile);

    private static async Task SendAsync(HttpContext context, string file, int status)
    {
        context.Response.StatusCode = status;
        context.Response.Headers.CacheControl = "no-store";
        if (!File.Exists(file))
        {
            return;
        }

        if (!s_contentTypes.TryGetContentType(file, out var contentType))
        {
            contentType = "application/octet-stream";
        }

        if (file.EndsWith(".html", StringComparison.Ordinal))
        {
            context.Response.ContentType = "text/html; charset=utf-8";
            var html = await File.ReadAllTextAsync(file, context.RequestAborted);
            var end = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
            html = end < 0 ? html + ReloadScript : string.Concat(html.AsSpan(0, end), ReloadScript, html.AsSpan(end));
            await context.Response.WriteAsync(html, Encoding.UTF8, context.RequestAborted);
            return;
        }

        context.Response.ContentType = contentType;
        await context.Response.SendFileAsync(file, context.RequestAborted);
    }
}
