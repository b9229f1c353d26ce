using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace ArchiveSite.Theme;

/// <summary>
/// The HTML encoder the theme renders with: every Unicode letter is written as text (Cyrillic stays
/// UTF-8, not character references), markup characters (&lt; &gt; &amp; quotes) are escaped as ever, and
/// '+' is written as itself. The framework's encoders always escape '+', a guard for UTF-7 that has no
/// use in UTF-8 pages, which turns <c>application/atom+xml</c> and <c>+02:00</c> into <c>&amp;#x2B;</c>.
/// </summary>
internal sealed class TextHtmlEncoder : HtmlEncoder
{
    private readonly HtmlEncoder _inner = Create(UnicodeRanges.All);

    public static TextHtmlEncoder Instance { get; } = new();

    public override int MaxOutputCharactersPerInputCharacter => _inner.MaxOutputCharactersPerInputCharacter;

    public override unsafe int FindFirstCharacterToEncode(char* text, int textLength)
    {
        for (var i = 0; i < textLength; i++)
        {
            var c = text[i];
            if (c is '+' or '\'')
            {
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < textLength && char.IsLowSurrogate(text[i + 1]))
            {
                if (_inner.WillEncode(char.ConvertToUtf32(c, text[i + 1])))
                {
                    return i;
                }

                i++;
                continue;
            }

            if (char.IsSurrogate(c) || _inner.WillEncode(c))
            {
                return i;
            }
        }

        return -1;
    }

    public override unsafe bool TryEncodeUnicodeScalar(int unicodeScalar, char* buffer, int bufferLength, out int numberOfCharactersWritten) =>
        _inner.TryEncodeUnicodeScalar(unicodeScalar, buffer, bufferLength, out numberOfCharactersWritten);

    public override bool WillEncode(int unicodeScalar) => unicodeScalar is not ('+' or '\'') && _inner.WillEncode(unicodeScalar);
}
