namespace ArchiveSite.Core.Search;

/// <summary>Unsigned LEB128: seven bits a byte, low bits first, the high bit set on every byte but the last.</summary>
internal static class Varint
{
    /// <returns>The bytes written (1–5).</returns>
    public static int Write(Span<byte> destination, uint value)
    {
        var i = 0;
        while (value >= 0x80)
        {
            destination[i++] = (byte)(value | 0x80);
            value >>= 7;
        }

        destination[i++] = (byte)value;
        return i;
    }

    /// <returns>The bytes read.</returns>
    public static int Read(ReadOnlySpan<byte> source, out uint value)
    {
        value = 0;
        var shift = 0;
        for (var i = 0; ; i++)
        {
            var b = source[i];
            value |= (uint)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return i + 1;
            }

            shift += 7;
        }
    }

    public static void Write(Stream destination, uint value)
    {
        Span<byte> buffer = stackalloc byte[5];
        destination.Write(buffer[..Write(buffer, value)]);
    }
}
