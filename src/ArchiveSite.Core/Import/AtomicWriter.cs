using System.Collections.Concurrent;

namespace ArchiveSite.Core.Import;

/// <summary>Writes whole files atomically (a temporary file beside the target, then a rename), synchronously, from
/// any thread; each folder is created once per writer rather than checked before every file.</summary>
internal sealed class AtomicWriter
{
    private readonly ConcurrentDictionary<string, bool> _folders = new(StringComparer.Ordinal);

    public void Write(string path, ReadOnlySpan<byte> bytes)
    {
        var folder = Path.GetDirectoryName(path)!;
        if (!_folders.ContainsKey(folder))
        {
            Directory.CreateDirectory(folder);
            _folders.TryAdd(folder, true);
        }

        var temporary = path + ".tmp";
        using (var file = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 0))
        {
            file.Write(bytes);
        }

        File.Move(temporary, path, overwrite: true);
    }
}
