using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace ArchiveSite.Core.Search;

/// <summary>
/// Cuts the sorted keys into shards of about <see cref="TargetBytes"/>, each one request (and the list of shards
/// into pages the same way, with <see cref="PageLimits"/>). Where to cut is decided
/// by the keys themselves (content-defined, as backup tools cut files): a key starts a shard when a hash of it falls
/// under its share of the target size, so a change to one key's posting moves no boundary elsewhere and a rebuild
/// rewrites only the shards around the keys that changed. Size limits bound the shards both ways.
/// </summary>
internal static class ShardPartitioner
{
    public const int TargetBytes = 12 * 1024;

    public static readonly Limits ShardLimits = new(TargetBytes, 2 * 1024, 24 * 1024);

    public static readonly Limits PageLimits = new(2 * 1024, 256, 8 * 1024);

    /// <returns>The index of the first key of every shard, ascending, starting with 0.</returns>
    public static List<int> Starts(IReadOnlyList<string> keys, IReadOnlyList<int> sizes, Limits limits)
    {
        var starts = new List<int>();
        var current = 0;
        for (var i = 0; i < keys.Count; i++)
        {
            if (i == 0 || StartsShard(keys[i], sizes[i], current, limits))
            {
                starts.Add(i);
                current = 0;
            }

            current += sizes[i];
        }

        return starts;
    }

    private static bool StartsShard(string key, int size, int current, Limits limits)
    {
        if (current + size > limits.Max || size >= limits.Target)
        {
            return true;
        }

        if (current < limits.Min)
        {
            return false;
        }

        var hash = XxHash3.HashToUInt64(MemoryMarshal.AsBytes(key.AsSpan())) & 0xFFFFF;
        return hash < (ulong)size * 0x100000 / (ulong)limits.Target;
    }

    /// <summary>Sizes in bytes: the one aimed at, the least before a cut may fall, the most.</summary>
    public sealed record Limits(int Target, int Min, int Max);
}
