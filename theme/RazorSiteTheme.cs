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
public sealed class RazorSiteTheme : ISiteTheme, IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly HtmlRenderer _renderer;

    public RazorSiteTheme()
    {
        _services = new ServiceCollection()
            .AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance)
            .AddSingleton<HtmlEncoder>(TextHtmlEncoder.Instance)
            .BuildServiceProvider();
        _renderer = new HtmlRenderer(_services, NullLoggerFactory.Instance);
        Assets = ThemeAssets.Files;
    }

    public IReadOnlyList<SiteFile> Assets { get; }

    public async Task<IReadOnlyList<string>> RenderAsync(IReadOnlyList<PageView> pages, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pages);
        var html = new string[pages.Count];
        await _renderer.Dispatcher.InvokeAsync(async () =>
        {
            for (var i = 0; i < pages.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var (component, parameters) = ComponentFor(pages[i]);
                var output = await _renderer.RenderComponentAsync(component, parameters);
                html[i] = output.ToHtmlString();
            }
        });
        return html;
    }

    public async ValueTask DisposeAsync()
    {
        await _renderer.DisposeAsync();
        await _services.DisposeAsync();
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
