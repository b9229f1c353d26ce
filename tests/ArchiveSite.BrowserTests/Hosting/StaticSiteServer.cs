using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace ArchiveSite.BrowserTests.Hosting;

/// <summary>
/// Serves a built site folder over HTTP on 127.0.0.1 and a free port, as a static host would: a folder
/// gives its <c>index.html</c>, a missing file gives <c>404.html</c> (or a plain 404), and each file goes
/// out with its content type (<c>.js</c> as <c>text/javascript</c>, so ES modules load).
/// </summary>
public sealed class StaticSiteServer : IAsyncDisposable
{
    private static readonly Dictionary<string, string> s_contentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".mjs"] = "text/javascript; charset=utf-8",
        [".json"] = "application/json; charset=utf-8",
        [".xml"] = "application/xml; charset=utf-8",
        [".svg"] = "image/svg+xml",
        [".ico"] = "image/x-icon",
        [".png"] = "image/png",
        [".txt"] = "text/plain; charset=utf-8",
        [".wasm"] = "application/wasm",
    };

    private readonly HttpListener _listener;
    private readonly string _root;
    private readonly string _basePath;
    private readonly Task _serving;
    private readonly ConcurrentQueue<string> _requests = new();

    private StaticSiteServer(string root, int port, string basePath)
    {
        _root = Path.GetFullPath(root);
        _basePath = basePath;
        BaseUrl = new Uri($"http://127.0.0.1:{port}/");
        _listener = new HttpListener();
        _listener.Prefixes.Add(BaseUrl.ToString());
        _listener.Start();
        _serving = Task.Run(ServeAsync);
    }

    /// <summary>The site's root URL, ending in '/'.</summary>
    public Uri BaseUrl { get; }

    /// <summary>Every path asked for, in order, so a test can tell what the browser loaded.</summary>
    public IReadOnlyCollection<string> Requests => _requests;

    public static StaticSiteServer Start(string root) => new(root, FreePort(), "/");

    /// <summary>Serves the site under a sub-path ("/archive/"), as GitHub Pages serves a project site; other paths are 404.</summary>
    public static StaticSiteServer Start(string root, string basePath) => new(root, FreePort(), basePath);

    /// <summary>The absolute URL of a site path such as "2025/12/slug/".</summary>
    public string Url(string sitePath) => new Uri(BaseUrl, sitePath.TrimStart('/')).ToString();

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        _listener.Close();
        try
        {
            await _serving;
        }
        catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException)
        {
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            await RespondAsync(context);
        }
    }

    private async Task RespondAsync(HttpListenerContext context)
    {
        var response = context.Response;
        try
        {
            var path = Uri.UnescapeDataString(context.Request.Url?.AbsolutePath ?? "/");
            _requests.Enqueue(path);
            var file = path.StartsWith(_basePath, StringComparison.Ordinal) ? Resolve(path[_basePath.Length..]) : null;
            if (file is null)
            {
                response.StatusCode = 404;
                file = Path.Combine(_root, "404.html");
                if (!File.Exists(file))
                {
                    return;
                }
            }

            response.ContentType = s_contentTypes.GetValueOrDefault(Path.GetExtension(file), "application/octet-stream");
            var bytes = await File.ReadAllBytesAsync(file);
            response.ContentLength64 = bytes.Length;
            await response.OutputStream.WriteAsync(bytes);
        }
        catch (Exception ex) when (ex is IOException or HttpListenerException)
        {
            response.StatusCode = 500;
        }
        finally
        {
            response.Close();
        }
    }

    /// <summary>The file for a URL path, or null when there is none inside the root.</summary>
    private string? Resolve(string urlPath)
    {
        var full = Path.GetFullPath(Path.Combine(_root, urlPath.TrimStart('/')));
        if (full != _root && !full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return null;
        }

        if (Directory.Exists(full))
        {
            full = Path.Combine(full, "index.html");
        }

        return File.Exists(full) ? full : null;
    }
}
