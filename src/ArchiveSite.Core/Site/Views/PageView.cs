using System.Collections.Immutable;
using ArchiveSite.Core.Content;

namespace ArchiveSite.Core.Site.Views;

/// <summary>What every page shows: its title and language, its place in the site, what search engines
/// and feed readers read from its head, and the site's navigation. The theme renders views; it never
/// sees the engine.</summary>
public abstract record PageView
{
    public required string Title { get; init; }

    public required string Lang { get; init; }

    public required string Description { get; init; }

    /// <summary>The page's own path inside the site ("" for the home page).</summary>
    public required string SitePath { get; init; }

    /// <summary>The absolute URL search engines should index this page under.</summary>
    public required string CanonicalUrl { get; init; }

    /// <summary>Open Graph type: "website" or "article".</summary>
    public string OpenGraphType { get; init; } = "website";

    /// <summary>Atom feeds about this page (the site's, and the tag's or person's).</summary>
    public ImmutableArray<LinkView> Feeds { get; init; } = [];

    /// <summary>The way from the home page to this page, this page excluded.</summary>
    public ImmutableArray<LinkView> Breadcrumbs { get; init; } = [];

    /// <summary>JSON-LD, already escaped so that no text can close the script element.</summary>
    public string? JsonLd { get; init; }

    public required SiteChrome Site { get; init; }
}

/// <summary>The site-wide parts of a page: its name, its words, and the URLs of navigation and assets
/// (<see cref="AssetsUrl"/> is the theme's asset folder, "/assets/" under the base path).</summary>
public sealed record SiteChrome(
    string Title,
    UiText Text,
    string HomeUrl,
    string TagsUrl,
    string PersonsUrl,
    string ArchiveUrl,
    string SearchUrl,
    string AssetsUrl,
    string FaviconUrl);

/// <summary>A link to a term (tag or person) or a page, with the number of articles behind it if any.</summary>
public sealed record LinkView(string Text, string Url, int? Count = null);

/// <summary>An article in a list: home page, tag page, person page, archive month.</summary>
public sealed record ArticleListItemView(string Title, string Url, string? DateText, string? DateIso, string? Summary);

/// <summary>Where a list page stands among its pages, with links to its neighbours and to every page.</summary>
public sealed record PaginationView(int Page, int PageCount, string? PreviousUrl, string? NextUrl, ImmutableArray<LinkView> Pages);

/// <summary>A page that lists articles, one slice of <see cref="Pagination"/> at a time.</summary>
public abstract record ArticleListPageView : PageView
{
    public required ImmutableArray<ArticleListItemView> Articles { get; init; }

    public PaginationView? Pagination { get; init; }
}

public sealed record HomePageView : ArticleListPageView;

public sealed record ArticlePageView : PageView
{
    public string? Subtitle { get; init; }

    public DateTimeOffset? Published { get; init; }

    public string? DateText { get; init; }

    public string? DateIso { get; init; }

    /// <summary>The body; <see cref="ArticleBody.ToHtml"/> renders it from Markdown with raw HTML off.</summary>
    public required ArticleBody Body { get; init; }

    public required ImmutableArray<LinkView> Persons { get; init; }

    public required ImmutableArray<LinkView> Tags { get; init; }

    public string? ImageCredit { get; init; }

    public string? Source { get; init; }

    /// <summary>The next older article.</summary>
    public LinkView? Previous { get; init; }

    /// <summary>The next newer article.</summary>
    public LinkView? Next { get; init; }

    /// <summary>Articles sharing persons or tags with this one: headline and date, no summary.</summary>
    public ImmutableArray<ArticleListItemView> Related { get; init; } = [];

    /// <summary>The year, for the search filter; null when undated.</summary>
    public int? Year => Published?.Year;
}

public enum TermKind
{
    Tag,
    Person,
}

/// <summary>A group of an index under one letter ("Р": Рябков, …), or of an archive under one year.</summary>
public sealed record TermGroupView(string Letter, string Anchor, ImmutableArray<LinkView> Terms);

public sealed record TermIndexPageView : PageView
{
    public required TermKind Kind { get; init; }

    public required ImmutableArray<TermGroupView> Groups { get; init; }
}

public sealed record TermPageView : ArticleListPageView
{
    public required TermKind Kind { get; init; }
}

/// <summary>The archive: all years (index), a year's months, or a month's articles.</summary>
public sealed record ArchivePageView : ArticleListPageView
{
    /// <summary>Years or months with their article counts; empty on a month's page.</summary>
    public required ImmutableArray<LinkView> Periods { get; init; }
}

public sealed record NotFoundPageView : PageView;

/// <summary>The search page: a form over the site's search index in <see cref="IndexUrl"/>.</summary>
public sealed record SearchPageView : PageView
{
    /// <summary>The folder of the search index ("/search/index/" under the base path).</summary>
    public required string IndexUrl { get; init; }

    /// <summary>The base path that the index's site paths are put after ("/" or "/archive/").</summary>
    public required string BaseUrl { get; init; }
}
