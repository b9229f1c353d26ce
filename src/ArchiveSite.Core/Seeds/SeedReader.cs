using System.Text;

namespace ArchiveSite.Core.Seeds;

/// <summary>Reads a seed file as text: UTF-8 (with or without a byte order mark) or UTF-16 with one;
/// line endings become <c>\n</c>.</summary>
public static class SeedReader
{
    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <exception cref="SeedFormatException">The bytes are not text in a supported encoding.</exception>
    public static async Task<string> ReadAsync(string path, CancellationToken cancellationToken = default)
    {
        var bytes = await File.ReadAllBytesAsync(path, cancellationToken);
        return Decode(Path.GetFileName(path), bytes);
    }

    public static string Decode(string fileName, ReadOnlySpan<byte> bytes)
    {
        string text;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            text = DecodeUtf8(fileName, bytes[3..]);
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            text = Encoding.Unicode.GetString(bytes[2..]);
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            text = Encoding.BigEndianUnicode.GetString(bytes[2..]);
        }
        else
        {
            text = DecodeUtf8(fileName, bytes);
        }

        if (text.Contains('\0'))
        {
            throw new SeedFormatException(fileName, null, "the seed holds binary data (NUL characters), not text");
        }

        return text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Normalize(NormalizationForm.FormC);
    }

    private static string DecodeUtf8(string fileName, ReadOnlySpan<byte> bytes)
    {
        try
        {
            return s_strictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            throw new SeedFormatException(fileName, null, $"the seed is not valid UTF-8 (bad byte at offset {ex.Index})");
        }
    }
}
