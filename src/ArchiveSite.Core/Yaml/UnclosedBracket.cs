namespace ArchiveSite.Core.Yaml;

/// <summary>Finds the [ or { that a YAML parser ran past the end of: the parser notices only where it gave up,
/// often the end of the file, while the editor needs the place the bracket was opened.</summary>
internal static class UnclosedBracket
{
    /// <summary>The line and column (from 1) of the innermost bracket still open before the given place, or null.</summary>
    public static (int Line, int Column, char Bracket)? Before(string text, int line, int column)
    {
        var open = new Stack<(int Line, int Column, char Bracket)>();
        var (at, l, c) = (0, 1, 1);
        char? quote = null;
        for (; at < text.Length && (l < line || (l == line && c < column)); at++)
        {
            var ch = text[at];
            if (quote is { } q)
            {
                quote = ch == q ? null : quote;
            }
            else if (ch == '#' && (at == 0 || char.IsWhiteSpace(text[at - 1])))
            {
                while (at + 1 < text.Length && text[at + 1] != '\n')
                {
                    at++;
                }
            }
            else if (ch is '"' or '\'' && (at == 0 || text[at - 1] is ' ' or '[' or '{' or ',' or ':'))
            {
                quote = ch;
            }
            else if (ch is '[' or '{')
            {
                open.Push((l, c, ch));
            }
            else if (ch is ']' or '}' && open.Count > 0)
            {
                open.Pop();
            }

            (l, c) = text[at] == '\n' ? (l + 1, 1) : (l, c + 1);
        }

        return open.Count > 0 ? open.Peek() : null;
    }
}
