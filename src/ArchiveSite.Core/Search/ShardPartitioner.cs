using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace ArchiveSite.Core.Search;

/// <summary>
/// Cuts the sorted keys into shards of about <see cref="TargetBytes"/>, each one request. Where to cut is decided
/// by the keys themselves (content-defined, as backup tools cut files): a key starts a shard when a hash of it falls
/// under its share of the target size, so a change to one key's posting moves no boundary elsewhere and a rebuild
/// rewrites only the shards around the keys that changed. Size limits bound the shards both ways.
/// </summary>
internal static class ShardPartitioner
{
    public const int TargetBytes = 16 * 1024;
    public const int MinBytes = 2 * 1024;
    public const int MaxBytes = 32 * 1024;

    /// <returns>The index of the first key of every shard, ascending, starting with 0.</returns>
    public static List<int> Starts(IReadOnlyList<string> keys, IReadOnlyList<int> sizes)
    {
        var starts = new List<int>();
        var current = 0;
        for (var i = 0; i < keys.Count; i++)
        {
            if (i == 0 || StartsShard(keys[i], sizes[i], current))
            {
                starts.Add(i);
                current = 0;
            }

            current += sizes[i];
        }

        return starts;
    }

    private static bool StartsShard(string key, int size, int current)
    {
        if (current + size > MaxBytes || size >= TargetBytes)
        {
            return true;
        }

        if (current < MinBytes)
        {
            return false;
        }

        var hash = XxHash3.HashToUInt64(MemoryMarshal.AsBytes(key.AsSpan())) & 0xFFFFF;
        return hash < (ulong)size * 0x100000 / TargetBytes;
    }
}
