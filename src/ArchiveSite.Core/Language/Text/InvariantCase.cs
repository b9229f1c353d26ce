namespace ArchiveSite.Core.Language.Text;

/// <summary>
/// <see cref="char.ToLowerInvariant(char)"/> and <see cref="string.ToLowerInvariant"/> (and the upper-case
/// pair) with the same results, from a table for Latin, Greek and Cyrillic: the framework asks ICU for every
/// non-ASCII character, which was a third of the annotator's time on Cyrillic text. Other characters (and
/// surrogates) go to the framework.
/// </summary>
internal static class InvariantCase
{
    /// <summary>Up to the end of Cyrillic Supplement (U+052F).</summary>
    private const int TableLength = 0x0530;

    private static readonly char[] s_lower = Table(char.ToLowerInvariant);
    private static readonly char[] s_upper = Table(char.ToUpperInvariant);

    public static char ToLower(char c) => c < TableLength ? s_lower[c] : char.ToLowerInvariant(c);

    public static char ToUpper(char c) => c < TableLength ? s_upper[c] : char.ToUpperInvariant(c);

    /// <summary>The same characters as <see cref="string.ToLowerInvariant"/> gives.</summary>
    public static string ToLower(string value)
    {
        var i = 0;
        for (; i < value.Length; i++)
        {
            var c = value[i];
            if (c >= TableLength)
            {
                return value.ToLowerInvariant();
            }

            if (s_lower[c] != c)
            {
                break;
            }
        }

        if (i == value.Length)
        {
            return value;
        }

        foreach (var c in value.AsSpan(i))
        {
            if (c >= TableLength)
            {
                return value.ToLowerInvariant();
            }
        }

        return string.Create(value.Length, value, static (span, source) =>
        {
            for (var k = 0; k < source.Length; k++)
            {
                span[k] = s_lower[source[k]];
            }
        });
    }

    /// <summary>The same characters as <see cref="MemoryExtensions.ToLowerInvariant"/> writes; <paramref name="destination"/>
    /// is as long as <paramref name="source"/>.</summary>
    public static void ToLower(ReadOnlySpan<char> source, Span<char> destination)
    {
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            if (c >= TableLength)
            {
                source.ToLowerInvariant(destination);
                return;
            }

            destination[i] = s_lower[c];
        }
    }

    private static char[] Table(Func<char, char> map)
    {
        var table = new char[TableLength];
        for (var c = 0; c < TableLength; c++)
        {
            table[c] = map((char)c);
        }

        return table;
    }
}
