using System.Collections.Immutable;

namespace ArchiveSite.Core.Site.Views;

/// <summary>What every page shows: its title and language, and the site's navigation. The theme renders
/// views; it never sees the engine.</summary>
public abstract record PageView
{
    public required string Title { get; init; }

    public required string Lang { get; init; }

    public string? Description { get; init; }

    /// <summary>The page's own path inside the site ("" for the home page).</summary>
    public required string SitePath { get; init; }

    public required SiteChrome Site { get; init; }
}

/// <summary>The site-wide parts of a page: its name and the URLs of the navigation and the assets.</summary>
public sealed record SiteChrome(
    string Title,
    string HomeUrl,
    string TagsUrl,
    string PersonsUrl,
    string StylesheetUrl,
    string FaviconUrl);

/// <summary>A link to a term (tag or person) or a page, with the number of articles behind it if any.</summary>
public sealed record LinkView(string Text, string Url, int? Count = null);

/// <summary>An article in a list: home page, tag page, person page.</summary>
public sealed record ArticleListItemView(string Title, string Url, string? DateText, string? DateIso, string? Summary);

public sealed record HomePageView : PageView
{
    public required ImmutableArray<ArticleListItemView> Articles { get; init; }
}

public sealed record ArticlePageView : PageView
{
    public string? Subtitle { get; init; }

    public string? DateText { get; init; }

    public string? DateIso { get; init; }

    /// <summary>The body as HTML, rendered from Markdown with raw HTML off.</summary>
    public required string HtmlBody { get; init; }

    public required ImmutableArray<LinkView> Persons { get; init; }

    public required ImmutableArray<LinkView> Tags { get; init; }

    public string? ImageCredit { get; init; }

    public string? Source { get; init; }
}

public enum TermKind
{
    Tag,
    Person,
}

/// <summary>A group of an index under one letter ("Р": Рябков, …).</summary>
public sealed record TermGroupView(string Letter, ImmutableArray<LinkView> Terms);

public sealed record TermIndexPageView : PageView
{
    public required TermKind Kind { get; init; }

    public required ImmutableArray<TermGroupView> Groups { get; init; }
}

public sealed record TermPageView : PageView
{
    public required TermKind Kind { get; init; }

    public required ImmutableArray<ArticleListItemView> Articles { get; init; }
}
