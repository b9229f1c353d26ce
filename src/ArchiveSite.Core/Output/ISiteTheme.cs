using ArchiveSite.Core.Site.Views;

namespace ArchiveSite.Core.Output;

/// <summary>Turns page views into HTML and supplies the static assets the pages use. Core knows only this
/// interface; the Razor theme implements it.</summary>
public interface ISiteTheme
{
    /// <summary>Renders the pages, one HTML document each, in the order given.</summary>
    Task<IReadOnlyList<string>> RenderAsync(IReadOnlyList<PageView> pages, CancellationToken cancellationToken = default);

    /// <summary>Renders the pages on as many threads as there are cores, handing each page's UTF-8 HTML to
    /// <paramref name="sink"/> as soon as it is rendered: once per page, from any thread, in no set order.
    /// The bytes are valid only during the call.</summary>
    Task RenderAsync(IReadOnlyList<PageView> pages, PageSink sink, CancellationToken cancellationToken = default);

    /// <summary>Assets (CSS, icons) with their paths inside the site, e.g. "assets/site.css".</summary>
    IReadOnlyList<SiteFile> Assets { get; }

    /// <summary>Names this build of the theme (its code and assets): pages rendered by another identity are
    /// rendered again by an incremental build.</summary>
    string Identity { get; }
}

/// <summary>Receives one rendered page: its index in the list given to the theme, and its UTF-8 HTML.</summary>
public delegate void PageSink(int index, ReadOnlySpan<byte> html);

/// <summary>A file of the output: its path inside the site ('/' separators) and its bytes.</summary>
public sealed record SiteFile(string Path, ReadOnlyMemory<byte> Content);
