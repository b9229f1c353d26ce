using System.Collections.Immutable;
using ArchiveSite.Core.Content;

namespace ArchiveSite.Core.Site;

/// <summary>An article as the site shows it: its page, its body and its links to terms.</summary>
public sealed record SiteArticle
{
    public required string SitePath { get; init; }

    public required FrontMatter FrontMatter { get; init; }

    public required ArticleBody Body { get; init; }

    public required ImmutableArray<SiteTermRef> Tags { get; init; }

    public required ImmutableArray<SiteTermRef> Persons { get; init; }
}

/// <summary>A tag or a person, as named in an article.</summary>
public sealed record SiteTermRef(string Name, string SitePath);

/// <summary>A tag or a person with its articles, newest first.</summary>
public sealed record SiteTerm
{
    public required string Name { get; init; }

    public required string Slug { get; init; }

    public required string SitePath { get; init; }

    /// <summary>The word the index sorts and groups by: the surname for a person, the name for a tag.</summary>
    public required string SortName { get; init; }

    public required ImmutableArray<SiteArticle> Articles { get; init; }
}

public sealed record SiteModel
{
    public required SiteSettings Settings { get; init; }

    /// <summary>Newest first; undated articles last.</summary>
    public required ImmutableArray<SiteArticle> Articles { get; init; }

    /// <summary>Sorted by name (Ukrainian collation).</summary>
    public required ImmutableArray<SiteTerm> Tags { get; init; }

    /// <summary>Sorted by surname, then full name (Ukrainian collation).</summary>
    public required ImmutableArray<SiteTerm> Persons { get; init; }

    /// <summary>Years with articles, newest first, each with its months, newest first.</summary>
    public required ImmutableArray<ArchiveYear> Years { get; init; }

    /// <summary>What the model builder had to resolve on its own (e.g. two pages with one address).</summary>
    public required ImmutableArray<string> Warnings { get; init; }
}

/// <summary>A year of the archive and its months.</summary>
public sealed record ArchiveYear(int Year, ImmutableArray<ArchiveMonth> Months)
{
    public string SitePath => SiteUrls.ArchiveYear(Year);

    public int Count => Months.Sum(m => m.Articles.Length);
}

/// <summary>A month of the archive with its articles, newest first.</summary>
public sealed record ArchiveMonth(int Year, int Month, ImmutableArray<SiteArticle> Articles)
{
    public string SitePath => SiteUrls.ArchiveMonth(Year, Month);
}
