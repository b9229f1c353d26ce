using System.Buffers.Text;
using System.IO.Hashing;
using System.Text;

namespace ArchiveSite.Core.Import;

/// <summary>
/// One pack file of import snapshots, <c>input/_imported/&lt;xx&gt;.snapshots</c>: the pages import last wrote
/// for the seeds whose file names hash to <c>xx</c> (<see cref="ShardOf"/>). The file is UTF-8 text, meant to
/// be committed: a header line, then per seed, in ordinal order of the seed's file name,
/// <code>
/// snapshot &lt;name bytes&gt; &lt;text bytes&gt;
/// &lt;seed file name&gt;
/// &lt;page text&gt;
/// </code>
/// each of the last two followed by one <c>\n</c> not counted in its length. Lengths are in UTF-8 bytes, so any
/// name or text reads back exactly; the same snapshots always give the same bytes.
/// </summary>
internal static class SnapshotPack
{
    public const string Extension = ".snapshots";
    public const int ShardCount = 256;
    public const string Header = "# archivesite import snapshots 1: per seed, \"snapshot <name bytes> <text bytes>\", the seed's file name, the page import last wrote";

    private const string EntryPrefix = "snapshot ";
    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // Written as pages are: a lone surrogate (which no decoded seed holds) becomes U+FFFD rather than an error.
    private static readonly UTF8Encoding s_lenientUtf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The pack of a seed: the low byte of the XxHash3 of its UTF-8 file name, stable across runs and machines.</summary>
    public static int ShardOf(string seed) => (int)(XxHash3.HashToUInt64(Encoding.UTF8.GetBytes(seed)) % ShardCount);

    public static string FileNameOf(int shard) => $"{shard:x2}{Extension}";

    public static byte[] Write(IReadOnlyDictionary<string, string> snapshots)
    {
        var names = snapshots.Keys.ToArray();
        Array.Sort(names, StringComparer.Ordinal);
        var size = 0L;
        foreach (var text in snapshots.Values)
        {
            size += text.Length;
        }

        using var stream = new MemoryStream((int)Math.Min(Array.MaxLength, (size * 2) + 4096));
        Append(stream, Header);
        stream.WriteByte((byte)'\n');
        foreach (var name in names)
        {
            var nameBytes = s_lenientUtf8.GetBytes(name);
            var textBytes = s_lenientUtf8.GetBytes(snapshots[name]);
            Append(stream, $"{EntryPrefix}{nameBytes.Length} {textBytes.Length}\n");
            stream.Write(nameBytes);
            stream.WriteByte((byte)'\n');
            stream.Write(textBytes);
            stream.WriteByte((byte)'\n');
        }

        return stream.ToArray();
    }

    /// <summary>The snapshots in a pack, by seed file name. A pack whose line breaks a checkout turned into
    /// <c>\r\n</c> reads as written (snapshots never hold a <c>\r</c>).</summary>
    /// <exception cref="InvalidDataException">The bytes are not a pack.</exception>
    public static Dictionary<string, string> Read(ReadOnlySpan<byte> bytes)
    {
        try
        {
            return ReadExact(bytes);
        }
        catch (InvalidDataException) when (bytes.IndexOf("\r\n"u8) >= 0)
        {
            return ReadExact(s_utf8.GetBytes(s_utf8.GetString(bytes).Replace("\r\n", "\n", StringComparison.Ordinal)));
        }
    }

    private static Dictionary<string, string> ReadExact(ReadOnlySpan<byte> bytes)
    {
        var snapshots = new Dictionary<string, string>(StringComparer.Ordinal);
        var rest = bytes;
        if (!TakeLine(ref rest, out var header) || !header.SequenceEqual(s_utf8.GetBytes(Header)))
        {
            throw new InvalidDataException("it does not start with the snapshot pack header line");
        }

        while (!rest.IsEmpty)
        {
            if (!TakeLine(ref rest, out var line) || !line.StartsWith("snapshot "u8))
            {
                throw new InvalidDataException($"a \"{EntryPrefix}<name bytes> <text bytes>\" line is expected at byte {bytes.Length - rest.Length}");
            }

            var lengths = line[EntryPrefix.Length..];
            var space = lengths.IndexOf((byte)' ');
            if (space < 0
                || !Utf8Parser.TryParse(lengths[..space], out int nameLength, out var nameDigits) || nameDigits != space
                || !Utf8Parser.TryParse(lengths[(space + 1)..], out int textLength, out var textDigits) || textDigits != lengths.Length - space - 1
                || nameLength <= 0 || textLength < 0)
            {
                throw new InvalidDataException($"\"{Encoding.UTF8.GetString(line)}\" does not give two lengths");
            }

            var name = TakeField(ref rest, nameLength);
            var text = TakeField(ref rest, textLength);
            if (!snapshots.TryAdd(name, text))
            {
                throw new InvalidDataException($"{name} has two snapshots");
            }
        }

        return snapshots;
    }

    private static bool TakeLine(ref ReadOnlySpan<byte> rest, out ReadOnlySpan<byte> line)
    {
        var end = rest.IndexOf((byte)'\n');
        if (end < 0)
        {
            line = default;
            return false;
        }

        line = rest[..end];
        rest = rest[(end + 1)..];
        return true;
    }

    private static string TakeField(ref ReadOnlySpan<byte> rest, int length)
    {
        if (rest.Length <= length || rest[length] != (byte)'\n')
        {
            throw new InvalidDataException("an entry is shorter than its length says");
        }

        string field;
        try
        {
            field = s_utf8.GetString(rest[..length]);
        }
        catch (DecoderFallbackException ex)
        {
            throw new InvalidDataException("an entry is not UTF-8 text", ex);
        }

        rest = rest[(length + 1)..];
        return field;
    }

    private static void Append(MemoryStream stream, string text) => stream.Write(s_lenientUtf8.GetBytes(text));
}
