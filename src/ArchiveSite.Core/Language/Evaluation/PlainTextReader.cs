namespace ArchiveSite.Core.Language.Evaluation;

/// <summary>Reads a plain text as an article: the first non-empty line is the title, every other line a paragraph.</summary>
public static class PlainTextReader
{
    public static AnnotationInput Read(string id, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string? title = null;
        var paragraphs = new List<string>();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (title is null)
            {
                title = line;
            }
            else
            {
                paragraphs.Add(line);
            }
        }

        return new AnnotationInput(id, LanguageDetector.Detect(text), title ?? string.Empty, null, paragraphs);
    }
}
