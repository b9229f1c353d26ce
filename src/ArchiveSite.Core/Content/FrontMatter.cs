using System.Collections.Immutable;

namespace ArchiveSite.Core.Content;

/// <summary>The front matter of an article page, with Hugo-compatible names (see <see cref="FrontMatterKeys"/>).</summary>
public sealed record FrontMatter
{
    public required string Title { get; init; }

    public string? Subtitle { get; init; }

    /// <summary>Local time of the source with its offset; null for an undated article.</summary>
    public DateTimeOffset? Date { get; init; }

    public required string Slug { get; init; }

    public required string Lang { get; init; }

    public string? Summary { get; init; }

    public ImmutableArray<string> Tags { get; init; } = [];

    public ImmutableArray<string> Persons { get; init; } = [];

    public string? Source { get; init; }

    public string? ImageCredit { get; init; }

    /// <summary>The seed file the page came from.</summary>
    public string? Seed { get; init; }

    public bool Equals(FrontMatter? other) =>
        other is not null
        && Title == other.Title
        && Subtitle == other.Subtitle
        && Date == other.Date
        && Date?.Offset == other.Date?.Offset
        && Slug == other.Slug
        && Lang == other.Lang
        && Summary == other.Summary
        && Tags.SequenceEqual(other.Tags)
        && Persons.SequenceEqual(other.Persons)
        && Source == other.Source
        && ImageCredit == other.ImageCredit
        && Seed == other.Seed;

    public override int GetHashCode() => HashCode.Combine(Title, Date, Slug);
}

/// <summary>The front matter's field names, in the order they are written.</summary>
public static class FrontMatterKeys
{
    public const string Title = "title";
    public const string Subtitle = "subtitle";
    public const string Date = "date";
    public const string Slug = "slug";
    public const string Lang = "lang";
    public const string Summary = "summary";
    public const string Tags = "tags";
    public const string Persons = "persons";
    public const string Source = "source";
    public const string ImageCredit = "image_credit";
    public const string Seed = "seed";
}
