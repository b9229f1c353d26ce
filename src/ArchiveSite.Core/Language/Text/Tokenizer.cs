using System.Text;

namespace ArchiveSite.Core.Language.Text;

/// <summary>Splits text into words, numbers and punctuation marks in one pass.</summary>
internal static class Tokenizer
{
    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>(text.Length / 5);
        var builder = new StringBuilder(32);
        var i = 0;
        var spaceBefore = true;
        var newLineBefore = true;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || c == '\u00AD' || c == '\u0301')
            {
                spaceBefore = true;
                if (c is '\n' or '\r')
                {
                    newLineBefore = true;
                }

                i++;
                continue;
            }

            var start = i;
            if (char.IsLetter(c))
            {
                var plain = true;
                builder.Clear();
                while (i < text.Length)
                {
                    var ch = text[i];
                    if (char.IsLetter(ch))
                    {
                        builder.Append(ch);
                        i++;
                    }
                    else if (ch is '\u0301' or '\u00AD')
                    {
                        plain = false;
                        i++;
                    }
                    else if ((IsApostrophe(ch) || IsHyphen(ch)) && i + 1 < text.Length && char.IsLetter(text[i + 1])
                        && builder.Length > 0)
                    {
                        plain &= ch is '\'' or '-';
                        builder.Append(IsApostrophe(ch) ? '\'' : '-');
                        i++;
                    }
                    else
                    {
                        break;
                    }
                }

                var value = plain ? text.Substring(start, i - start) : builder.ToString();
                tokens.Add(new Token(TokenKind.Word, start, i, value, spaceBefore, newLineBefore));
            }
            else if (char.IsDigit(c))
            {
                while (i < text.Length && char.IsDigit(text[i]))
                {
                    i++;
                }

                tokens.Add(new Token(TokenKind.Number, start, i, text[start..i], spaceBefore, newLineBefore));
            }
            else
            {
                i++;
                if (char.IsHighSurrogate(c) && i < text.Length)
                {
                    i++;
                }

                var value = IsApostrophe(c) ? "'" : text[start..i];
                tokens.Add(new Token(TokenKind.Punctuation, start, i, value, spaceBefore, newLineBefore));
            }

            spaceBefore = false;
            newLineBefore = false;
        }

        return tokens;
    }

    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC' or '`' or '\u2032' or '\u02B9';

    public static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';
}
