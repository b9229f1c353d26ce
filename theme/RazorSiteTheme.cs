using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using ArchiveSite.Core.Output;
using ArchiveSite.Core.Site.Views;
using ArchiveSite.Theme.Pages;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ArchiveSite.Theme;

/// <summary>
/// The Razor theme: each page view is rendered by its component through <see cref="HtmlRenderer"/>.
/// The renderer's encoder lets every Unicode letter through as UTF-8 text, so Cyrillic is written as
/// text rather than as character references; markup characters are still escaped.
/// </summary>
/// <remarks>Pages are rendered by one worker per core, each with its own renderer (a renderer runs one
/// page at a time on its dispatcher). A renderer keeps every root component it has rendered, so a worker
/// replaces its renderer every <see cref="PagesPerRenderer"/> pages and memory stays flat.</remarks>
public sealed class RazorSiteTheme : ISiteTheme, IAsyncDisposable
{
    private const int PagesPerRenderer = 200;

    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly ServiceProvider _services;

    /// <param name="assetsDirectory">Read the assets from this folder (a copy of wwwroot/) instead of from
    /// the theme assembly; used by serve so that edits to the CSS show without rebuilding the app.</param>
    public RazorSiteTheme(string? assetsDirectory = null)
    {
        _services = new ServiceCollection()
            .AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance)
            .AddSingleton<HtmlEncoder>(TextHtmlEncoder.Instance)
            .BuildServiceProvider();
        Assets = assetsDirectory is null ? ThemeAssets.Files : ThemeAssets.Load(assetsDirectory);
        Identity = typeof(RazorSiteTheme).Assembly.ManifestModule.ModuleVersionId.ToString("N");
    }

    public IReadOnlyList<SiteFile> Assets { get; }

    public string Identity { get; }

    public async Task<IReadOnlyList<string>> RenderAsync(IReadOnlyList<PageView> pages, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pages);
        var html = new string[pages.Count];
        await RenderAsync(pages, (index, bytes) => html[index] = s_utf8.GetString(bytes), cancellationToken);
        return html;
    }

    public async Task RenderAsync(IReadOnlyList<PageView> pages, PageSink sink, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pages);
        ArgumentNullException.ThrowIfNull(sink);
        var next = -1;
        var workers = Math.Max(1, Math.Min(Environment.ProcessorCount, (pages.Count + PagesPerRenderer - 1) / PagesPerRenderer));
        var tasks = new Task[workers];
        for (var w = 0; w < workers; w++)
        {
            tasks[w] = Task.Run(() => WorkAsync(pages, sink, () => Interlocked.Increment(ref next), cancellationToken), cancellationToken);
        }

        await Task.WhenAll(tasks);
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();

    private async Task WorkAsync(IReadOnlyList<PageView> pages, PageSink sink, Func<int> take, CancellationToken cancellationToken)
    {
        using var writer = new StringWriter(new StringBuilder(64 * 1024));
        var chars = ArrayPool<char>.Shared.Rent(64 * 1024);
        var bytes = ArrayPool<byte>.Shared.Rent(192 * 1024);
        try
        {
            var index = take();
            while (index < pages.Count)
            {
                await using var renderer = new HtmlRenderer(_services, NullLoggerFactory.Instance);
                await renderer.Dispatcher.InvokeAsync(async () =>
                {
                    for (var rendered = 0; rendered < PagesPerRenderer && index < pages.Count; rendered++, index = take())
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        var (component, parameters) = ComponentFor(pages[index]);
                        var output = await renderer.RenderComponentAsync(component, parameters);
                        var text = writer.GetStringBuilder().Clear();
                        output.WriteHtmlTo(writer);
                        if (text.Length > chars.Length)
                        {
                            ArrayPool<char>.Shared.Return(chars);
                            chars = ArrayPool<char>.Shared.Rent(text.Length);
                        }

                        text.CopyTo(0, chars, 0, text.Length);
                        var needed = s_utf8.GetMaxByteCount(text.Length);
                        if (needed > bytes.Length)
                        {
                            ArrayPool<byte>.Shared.Return(bytes);
                            bytes = ArrayPool<byte>.Shared.Rent(needed);
                        }

                        var length = s_utf8.GetBytes(chars, 0, text.Length, bytes, 0);
                        sink(index, bytes.AsSpan(0, length));
                    }
                });
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    private static (Type Component, ParameterView Parameters) ComponentFor(PageView page)
    {
        var component = page switch
        {
            HomePageView => typeof(HomePage),
            ArticlePageView => typeof(ArticlePage),
            TermIndexPageView => typeof(TermIndexPage),
            TermPageView => typeof(TermPage),
            ArchivePageView => typeof(ArchivePage),
            NotFoundPageView => typeof(NotFoundPage),
            SearchPageView => typeof(SearchPage),
            _ => throw new ArgumentException($"The theme has no component for {page.GetType().Name}.", nameof(page)),
        };
        return (component, ParameterView.FromDictionary(new Dictionary<string, object?> { ["Page"] = page }));
    }
}
