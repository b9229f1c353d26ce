using System.Text;

namespace ArchiveSite.Core.Seeds;

/// <summary>
/// Reads a seed file as text, whatever encoding the scraper left it in: UTF-8 with or without a byte
/// order mark, UTF-16 (by its byte order mark or its zero bytes), and the single-byte Cyrillic encodings
/// Windows-1251 and KOI8-U, told apart by which reading gives ordinary lower-case text. Line endings
/// become <c>\n</c> and the text is NFC. Bytes that are no text at all are refused, naming the file.
/// </summary>
public static class SeedReader
{
    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static SeedReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <exception cref="SeedFormatException">The bytes are not text in a supported encoding.</exception>
    public static async Task<string> ReadAsync(string path, CancellationToken cancellationToken = default)
    {
        var bytes = await File.ReadAllBytesAsync(path, cancellationToken);
        return Decode(Path.GetFileName(path), bytes);
    }

    /// <exception cref="SeedFormatException">The bytes are not text in a supported encoding.</exception>
    public static string Decode(string fileName, ReadOnlySpan<byte> bytes)
    {
        var text = DecodeBytes(fileName, bytes);
        if (!LooksLikeText(text))
        {
            throw new SeedFormatException(fileName, null, "the seed holds binary data, not text");
        }

        return text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Normalize(NormalizationForm.FormC);
    }

    private static string DecodeBytes(string fileName, ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return TryUtf8(bytes[3..]) ?? throw new SeedFormatException(fileName, null, "the seed starts with a UTF-8 byte order mark but is not valid UTF-8");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Encoding.Unicode.GetString(bytes[2..]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Encoding.BigEndianUnicode.GetString(bytes[2..]);
        }

        if (Utf16WithoutMark(bytes) is { } utf16)
        {
            return utf16.GetString(bytes);
        }

        return TryUtf8(bytes) ?? SingleByteCyrillic(fileName, bytes);
    }

    private static string? TryUtf8(ReadOnlySpan<byte> bytes)
    {
        try
        {
            return s_strictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>UTF-16 text without a byte order mark: in most pairs one side is the high byte of Latin
    /// (0x00) or Cyrillic (0x04) text; UTF-8 and single-byte text have almost none of those bytes.</summary>
    private static Encoding? Utf16WithoutMark(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 4 || bytes.Length % 2 != 0)
        {
            return null;
        }

        int littleEndianHighs = 0, bigEndianHighs = 0;
        for (var i = 0; i < bytes.Length; i += 2)
        {
            bigEndianHighs += bytes[i] is 0x00 or 0x04 ? 1 : 0;
            littleEndianHighs += bytes[i + 1] is 0x00 or 0x04 ? 1 : 0;
        }

        var pairs = bytes.Length / 2;
        if (littleEndianHighs > pairs * 0.6 && bigEndianHighs < pairs * 0.2)
        {
            return Encoding.Unicode;
        }

        return bigEndianHighs > pairs * 0.6 && littleEndianHighs < pairs * 0.2 ? Encoding.BigEndianUnicode : null;
    }

    /// <summary>Windows-1251 or KOI8-U: the reading in which most Cyrillic letters are lower case wins,
    /// as they are in running text; KOI8-U read as Windows-1251 (or the other way) swaps the cases.</summary>
    private static string SingleByteCyrillic(string fileName, ReadOnlySpan<byte> bytes)
    {
        var windows = Encoding.GetEncoding(1251).GetString(bytes);
        var koi = Encoding.GetEncoding("koi8-u").GetString(bytes);
        var windowsScore = LowerCaseCyrillicShare(windows);
        var koiScore = LowerCaseCyrillicShare(koi);
        var best = windowsScore >= koiScore ? windows : koi;
        if (Math.Max(windowsScore, koiScore) < 0.5)
        {
            throw new SeedFormatException(fileName, null, "the seed is not valid UTF-8, and not Windows-1251 or KOI8-U Cyrillic text either");
        }

        return best;
    }

    private static double LowerCaseCyrillicShare(string text)
    {
        int cyrillic = 0, lower = 0;
        foreach (var c in text)
        {
            if (c is >= '\u0400' and <= '\u04FF')
            {
                cyrillic++;
                lower += char.IsLower(c) ? 1 : 0;
            }
        }

        return cyrillic < 3 ? 0 : (double)lower / cyrillic;
    }

    /// <summary>Text has no NUL and few control characters besides line breaks and tabs.</summary>
    private static bool LooksLikeText(string text)
    {
        var controls = 0;
        foreach (var c in text)
        {
            if (c == '\0')
            {
                return false;
            }

            if (char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f'))
            {
                controls++;
            }
        }

        return controls <= text.Length / 100;
    }
}
