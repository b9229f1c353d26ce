using System.Collections.Immutable;

namespace ArchiveSite.Core.Seeds;

/// <summary>A seed document split into its parts. Nothing of the seed's text is dropped: every line
/// is the title, the sub-headline, the date line, the image credit, or a paragraph of the body.</summary>
public sealed record SeedDocument
{
    /// <summary>The seed's file name, e.g. <c>000_4fc3a1f97c3ac14c.txt</c>.</summary>
    public required string FileName { get; init; }

    public required string Title { get; init; }

    public string? Subtitle { get; init; }

    /// <summary>The stated date and time with the source's offset; null when the seed has none.</summary>
    public DateTimeOffset? Date { get; init; }

    /// <summary>"uk" or "ru".</summary>
    public required string Language { get; init; }

    /// <summary>The body, lead first. Quotes and cross-references stay in their places.</summary>
    public required ImmutableArray<SeedParagraph> Body { get; init; }

    /// <summary>The text after <c>Фото:</c> in the photo caption line.</summary>
    public string? ImageCredit { get; init; }

    /// <summary>The outlet named in a closing cross-reference (<c>Як вже писали "Коментарі"</c>).</summary>
    public string? Source { get; init; }

    /// <summary>What the parser noticed but could live with, each naming the file and line.</summary>
    public ImmutableArray<string> Warnings { get; init; } = [];

    public SeedParagraph? Lead => Body.FirstOrDefault(p => p.Kind == SeedParagraphKind.Lead);
}

public enum SeedParagraphKind
{
    Lead,
    Text,
    Quote,
    CrossReference,
}

/// <param name="Line">The 1-based line of the seed where the paragraph starts.</param>
public sealed record SeedParagraph(SeedParagraphKind Kind, string Text, int Line);
