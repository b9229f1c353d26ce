using System.Text;

namespace ArchiveSite.Core.Language;

/// <summary>Which part of an article a piece of text comes from; relevance weights depend on it.</summary>
internal enum ArticleSection
{
    Title,
    Subtitle,
    Lead,
    Body,

    /// <summary>A closing cross-reference ("Як вже писали ...") about another story.</summary>
    CrossReference,
}

/// <summary>An article's title, subtitle and paragraphs joined into one text, with the section of each part.</summary>
internal sealed class ArticleText
{
    private readonly List<(int Start, ArticleSection Section)> _sections;

    public ArticleText(AnnotationInput input)
    {
        var length = input.Title.Length + (input.Subtitle?.Length ?? 0) + (2 * (input.Paragraphs.Count + 1));
        foreach (var paragraph in input.Paragraphs)
        {
            length += paragraph.Length;
        }

        _sections = new(input.Paragraphs.Count + 2);
        var builder = new StringBuilder(length);
        Append(builder, input.Title, ArticleSection.Title);
        if (!string.IsNullOrWhiteSpace(input.Subtitle))
        {
            Append(builder, input.Subtitle, ArticleSection.Subtitle);
        }

        for (var i = 0; i < input.Paragraphs.Count; i++)
        {
            var paragraph = input.Paragraphs[i];
            var section = i == 0 ? ArticleSection.Lead
                : IsCrossReference(paragraph) ? ArticleSection.CrossReference : ArticleSection.Body;
            Append(builder, paragraph, section);
        }

        Text = builder.ToString();
    }

    public ArticleText(string text)
    {
        Text = text;
        _sections = [(0, ArticleSection.Body)];
    }

    public string Text { get; }

    public ArticleSection SectionAt(int offset)
    {
        var section = ArticleSection.Body;
        foreach (var (start, value) in _sections)
        {
            if (start > offset)
            {
                break;
            }

            section = value;
        }

        return section;
    }

    private void Append(StringBuilder builder, string text, ArticleSection section)
    {
        if (builder.Length > 0)
        {
            builder.Append("\n\n");
        }

        _sections.Add((builder.Length, section));
        builder.Append(text);
    }

    private static bool IsCrossReference(string paragraph)
    {
        var start = paragraph.AsSpan().TrimStart();
        return start.StartsWith("Як вже писали", StringComparison.OrdinalIgnoreCase)
            || start.StartsWith("Як раніше писали", StringComparison.OrdinalIgnoreCase)
            || start.StartsWith("Нагадаємо", StringComparison.OrdinalIgnoreCase)
            || start.StartsWith("Раніше ми писали", StringComparison.OrdinalIgnoreCase)
            || start.StartsWith("Как уже писали", StringComparison.OrdinalIgnoreCase)
            || start.StartsWith("Напомним", StringComparison.OrdinalIgnoreCase);
    }
}
