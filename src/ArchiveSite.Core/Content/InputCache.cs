namespace ArchiveSite.Core.Content;

/// <summary>
/// The pages an earlier load of this process read, with the size and modification time their files had then.
/// A process that builds again and again (serve) keeps one, so that a rebuild reads and parses only the
/// pages whose files changed. Pages that could not be read are not kept: they are read again every time.
/// </summary>
public sealed class InputCache
{
    private Dictionary<string, Entry> _pages = new(StringComparer.Ordinal);

    /// <summary>The page read from <paramref name="file"/> when it had this size and time, if any.</summary>
    internal InputPage? Find(string file, long length, DateTime modifiedUtc) =>
        _pages.TryGetValue(file, out var entry) && entry.Length == length && entry.ModifiedUtc == modifiedUtc ? entry.Page : null;

    /// <summary>Replaces the cache with the pages of the latest load, dropping files no longer there.</summary>
    internal void Replace(IEnumerable<(string File, long Length, DateTime ModifiedUtc, InputPage Page)> pages) =>
        _pages = pages.ToDictionary(p => p.File, p => new Entry(p.Length, p.ModifiedUtc, p.Page), StringComparer.Ordinal);

    private sealed record Entry(long Length, DateTime ModifiedUtc, InputPage Page);
}
