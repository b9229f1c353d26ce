using ArchiveSite.Core.Site.Views;

namespace ArchiveSite.Core.Output;

/// <summary>Turns page views into HTML and supplies the static assets the pages use. Core knows only this
/// interface; the Razor theme implements it.</summary>
public interface ISiteTheme
{
    /// <summary>Renders the pages, one HTML document each, in the order given.</summary>
    Task<IReadOnlyList<string>> RenderAsync(IReadOnlyList<PageView> pages, CancellationToken cancellationToken = default);

    /// <summary>Assets (CSS, icons) with their paths inside the site, e.g. "assets/site.css".</summary>
    IReadOnlyList<SiteFile> Assets { get; }
}

/// <summary>A file of the output: its path inside the site ('/' separators) and its bytes.</summary>
public sealed record SiteFile(string Path, ReadOnlyMemory<byte> Content);
