namespace ArchiveSite.Core.Language;

/// <summary>
/// Finds the persons and tags of a batch of articles. A batch, not one article at a time, so that
/// an annotator can learn people's full names from some articles and apply them to others.
/// </summary>
public interface IArticleAnnotator
{
    /// <summary>Returns one annotation per input, in the input's order.</summary>
    IReadOnlyList<ArticleAnnotation> Annotate(IReadOnlyList<AnnotationInput> articles);
}

/// <summary>The text of one article as the annotator sees it.</summary>
/// <param name="Id">A stable identifier (the seed file name) used in messages.</param>
/// <param name="Language">"uk" or "ru".</param>
public sealed record AnnotationInput(
    string Id,
    string Language,
    string Title,
    string? Subtitle,
    IReadOnlyList<string> Paragraphs);

/// <summary>Persons (full names, nominative, in the article's language) and tags, most relevant first.</summary>
public sealed record ArticleAnnotation(IReadOnlyList<string> Persons, IReadOnlyList<string> Tags);
