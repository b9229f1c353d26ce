namespace ArchiveSite.Core.Search.Words;

/// <summary>
/// A set of endings, each with a kind, matched as Snowball's <c>among</c> matches: the longest ending the word
/// has wins, provided it lies wholly inside the region the stemmer allows.
/// </summary>
internal sealed class SuffixTable
{
    private readonly string[] _suffixes;
    private readonly int[] _kinds;

    /// <param name="groups">Endings separated by spaces, and the kind they all have.</param>
    public SuffixTable(params (string Endings, int Kind)[] groups)
    {
        var entries = groups
            .SelectMany(group => group.Endings.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(ending => (Ending: ending, group.Kind)))
            .OrderByDescending(entry => entry.Ending.Length)
            .ThenBy(entry => entry.Ending, StringComparer.Ordinal)
            .ToArray();
        _suffixes = [.. entries.Select(entry => entry.Ending)];
        _kinds = [.. entries.Select(entry => entry.Kind)];
    }

    /// <summary>The longest ending of <c>word[..end]</c> that starts at or after <paramref name="regionStart"/>.</summary>
    /// <returns>Its length, or 0 when none matches; <paramref name="kind"/> is then 0.</returns>
    public int Match(ReadOnlySpan<char> word, int end, int regionStart, out int kind)
    {
        var stem = word[..end];
        for (var i = 0; i < _suffixes.Length; i++)
        {
            var suffix = _suffixes[i];
            if (end - suffix.Length >= regionStart && stem.EndsWith(suffix, StringComparison.Ordinal))
            {
                kind = _kinds[i];
                return suffix.Length;
            }
        }

        kind = 0;
        return 0;
    }

    public int Match(ReadOnlySpan<char> word, int end, int regionStart) => Match(word, end, regionStart, out _);
}
