using System.Collections.Immutable;
using System.IO.Hashing;

namespace ArchiveSite.Core.Import;

/// <summary>
/// What import wrote last time for each seed (the base of <see cref="PageMerge"/>), kept in
/// <see cref="SnapshotPack.ShardCount"/> pack files under <c>input/_imported/</c> rather than one file per seed:
/// creating a file is most of the cost of an import. Only the packs of the seeds at hand are read, and a pack is
/// rewritten only when its bytes change; import saves each pack as soon as its seeds are placed, so that the
/// new snapshots of a whole archive are never all in memory at once. Snapshots written by earlier versions, one
/// <c>_imported/&lt;seed&gt;.md</c> per seed, are still read (they win over a pack, being only ever newer), moved
/// into their packs on <see cref="Save"/>, and then removed.
/// </summary>
internal sealed class ImportSnapshots
{
    private const string LegacyExtension = ".md";

    private readonly string _folder;
    private readonly Pack?[] _packs = new Pack?[SnapshotPack.ShardCount];
    private readonly List<string> _legacyFiles = [];

    private ImportSnapshots(string folder) => _folder = folder;

    /// <summary>Reads the packs of <paramref name="seeds"/> and every per-seed snapshot file left by an earlier version.</summary>
    public static ImportSnapshots Load(string inputDirectory, IEnumerable<string> seeds, ImmutableArray<ImportProblem>.Builder problems, CancellationToken cancellationToken)
    {
        var snapshots = new ImportSnapshots(Path.Combine(inputDirectory, SeedImporter.SnapshotsFolder));
        var exists = Directory.Exists(snapshots._folder);
        var legacy = exists ? Directory.GetFiles(snapshots._folder, "*" + LegacyExtension) : [];
        Array.Sort(legacy, StringComparer.Ordinal);
        var legacySeeds = legacy.Select(f => Path.GetFileNameWithoutExtension(f)).ToArray();

        var shards = seeds.Concat(legacySeeds).Select(SnapshotPack.ShardOf).Distinct().Order().ToArray();
        var shardProblems = new ImportProblem?[shards.Length];
        Parallel.For(0, shards.Length, new ParallelOptions { CancellationToken = cancellationToken }, i =>
            (snapshots._packs[shards[i]], shardProblems[i]) = snapshots.ReadPack(shards[i], exists));
        problems.AddRange(shardProblems.OfType<ImportProblem>());

        var legacyTexts = new string[legacy.Length];
        Parallel.For(0, legacy.Length, new ParallelOptions { CancellationToken = cancellationToken }, i => legacyTexts[i] = File.ReadAllText(legacy[i]));
        for (var i = 0; i < legacy.Length; i++)
        {
            snapshots.Set(legacySeeds[i], legacyTexts[i]);
            snapshots._legacyFiles.Add(legacy[i]);
        }

        return snapshots;
    }

    /// <summary>Where the snapshot of <paramref name="seed"/> is kept, relative to the input folder, for messages.</summary>
    public static string PathOf(string seed) => $"{SeedImporter.SnapshotsFolder}/{SnapshotPack.FileNameOf(SnapshotPack.ShardOf(seed))}";

    /// <summary>The page import last wrote for <paramref name="seed"/>, or null. Safe from any thread.</summary>
    public string? Get(string seed)
    {
        var pack = PackOf(seed);
        lock (pack)
        {
            return pack.Snapshots.GetValueOrDefault(seed);
        }
    }

    /// <summary>Records what import wrote for <paramref name="seed"/>. Safe from any thread.</summary>
    public void Set(string seed, string text)
    {
        var pack = PackOf(seed);
        lock (pack)
        {
            pack.Snapshots[seed] = text;
        }
    }

    /// <summary>Rewrites the pack of <paramref name="shard"/> if its bytes changed, and lets go of its snapshots:
    /// they may not be read or set after this.</summary>
    public void Save(int shard, AtomicWriter writer)
    {
        if (Interlocked.Exchange(ref _packs[shard], null) is not { } pack || (pack.Snapshots.Count == 0 && pack.Hash is null))
        {
            return;
        }

        var bytes = SnapshotPack.Write(pack.Snapshots);
        if (pack.Hash is null || !XxHash128.Hash(bytes).AsSpan().SequenceEqual(pack.Hash))
        {
            writer.Write(Path.Combine(_folder, SnapshotPack.FileNameOf(shard)), bytes);
        }
    }

    /// <summary>Saves the packs not saved yet, then removes the per-seed files moved into them.</summary>
    public void SaveAll(AtomicWriter writer, CancellationToken cancellationToken)
    {
        Parallel.For(0, SnapshotPack.ShardCount, new ParallelOptions { CancellationToken = cancellationToken }, shard => Save(shard, writer));
        foreach (var file in _legacyFiles)
        {
            File.Delete(file);
        }
    }

    private Pack PackOf(string seed) =>
        _packs[SnapshotPack.ShardOf(seed)] ?? throw new InvalidOperationException($"the snapshot pack of {seed} was not loaded");

    private (Pack Pack, ImportProblem? Problem) ReadPack(int shard, bool folderExists)
    {
        var name = SnapshotPack.FileNameOf(shard);
        var path = Path.Combine(_folder, name);
        if (!folderExists || !File.Exists(path))
        {
            return (new Pack([], null), null);
        }

        var bytes = File.ReadAllBytes(path);
        var hash = XxHash128.Hash(bytes);
        try
        {
            return (new Pack(SnapshotPack.Read(bytes), hash), null);
        }
        catch (InvalidDataException ex)
        {
            // Bases lost: a changed seed then keeps an edited page as it is, as for a seed never imported before.
            var message = $"{SeedImporter.SnapshotsFolder}/{name}: cannot be read ({ex.Message}); what import wrote last for its seeds is unknown, and the file is written anew";
            return (new Pack([], hash), new ImportProblem(name, message, IsError: false));
        }
    }

    /// <param name="Hash">The XxHash128 of the pack file as read; null when there was none.</param>
    private sealed record Pack(Dictionary<string, string> Snapshots, byte[]? Hash);
}
