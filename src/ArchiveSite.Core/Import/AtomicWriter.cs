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
        using (var file = CreateNew(temporary))
        {
            // A new, empty file at offset 0: no truncation and no seek, which FileMode.Create would cost.
            RandomAccess.Write(file, bytes, fileOffset: 0);
        }

        File.Move(temporary, path, overwrite: true);
    }

    private static Microsoft.Win32.SafeHandles.SafeFileHandle CreateNew(string path)
    {
        try
        {
            return File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write);
        }
        catch (IOException) when (File.Exists(path))
        {
            // Left by an import that was stopped between writing and renaming.
            File.Delete(path);
            return File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write);
        }
    }
}
