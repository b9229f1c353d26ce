using System.Text;

namespace ArchiveSite.Core.Content;

/// <summary>
/// Escapes plain text for Markdown so that it renders exactly as written: no emphasis, links, images,
/// HTML, code, headings or lists appear out of someone's punctuation. Inline characters with a meaning
/// are always escaped; characters that only matter at the start of a line are escaped there.
/// </summary>
public static class MarkdownText
{
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '&' or '!' or '|' or '~' or '{' or '}')
            {
                builder.Append('\\');
            }
            else if (i == 0 && c is '#' or '+' or '-' or '=' or ':')
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        EscapeOrderedListMarker(builder);
        return builder.ToString();
    }

    /// <summary>"1. text" or "1) text" at the start would begin a numbered list: escape its dot or bracket.</summary>
    private static void EscapeOrderedListMarker(StringBuilder builder)
    {
        var digits = 0;
        while (digits < builder.Length && digits < 10 && char.IsAsciiDigit(builder[digits]))
        {
            digits++;
        }

        if (digits > 0 && digits < builder.Length && builder[digits] is '.' or ')')
        {
            builder.Insert(digits, '\\');
        }
    }
}
