using System.Collections.Concurrent;
using System.Text;

namespace ArchiveSite.Core.Output;

/// <summary>
/// One build's writes to the output folder, made visible all at once by <see cref="Commit"/>, or not at all.
/// </summary>
/// <remarks>
/// <para>A <b>full</b> transaction writes every file into <c>&lt;output&gt;.staging</c>; committing renames the
/// old output to <c>&lt;output&gt;.retired</c>, the staging folder to the output, and deletes the retired one.</para>
/// <para>An <b>incremental</b> transaction writes only the files that changed into the staging folder and
/// records the files to delete. Committing first writes a journal (<c>&lt;output&gt;.journal</c>) naming every
/// change, then moves each replaced or deleted file into <c>&lt;output&gt;.retired</c> and each new file into
/// place, one rename each, then deletes the journal and the retired files. If a rename fails, the renames
/// done so far are undone in reverse order and the output is as it was. If the process dies midway, the next
/// build finds the journal and undoes the same way (<see cref="Recover"/>) before it writes anything, then
/// builds in full. Every file in the output is always whole; the site as a whole is the previous one until
/// the commit ends.</para>
/// Writes may come from several threads at once.
/// </remarks>
public sealed class SiteTransaction : IAsyncDisposable
{
    private const string CreateOperation = "create";
    private const string ReplaceOperation = "replace";
    private const string DeleteOperation = "delete";

    private readonly FileStream _lock;
    private readonly string _staging;
    private readonly string _retired;
    private readonly ConcurrentDictionary<string, byte> _folders = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _written = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _deleted = new(StringComparer.Ordinal);
    private bool _committed;

    internal SiteTransaction(string output, FileStream buildLock, bool incremental)
    {
        Output = output;
        _lock = buildLock;
        Incremental = incremental;
        _staging = output + SiteWriter.StagingSuffix;
        _retired = output + SiteWriter.RetiredSuffix;
        SiteWriter.DeleteIfExists(_staging);
        if (!incremental)
        {
            if (Directory.Exists(_retired) && !Directory.Exists(output))
            {
                // A build stopped between its two renames: the previous site is still whole, under its retired name.
                Directory.Move(_retired, output);
            }

            SiteWriter.DeleteIfExists(_retired);
        }

        Directory.CreateDirectory(_staging);
    }

    /// <summary>The output folder, full path.</summary>
    public string Output { get; }

    /// <summary>True when only changed files are written and the rest of the output is kept.</summary>
    public bool Incremental { get; }

    /// <summary>Files written so far (site paths).</summary>
    public int WrittenCount => _written.Count;

    /// <summary>Writes a file of the site. Thread-safe; each path once.</summary>
    /// <exception cref="InvalidOperationException">The path leaves the output folder, or was written already.</exception>
    public void Write(string sitePath, ReadOnlySpan<byte> content)
    {
        var target = SiteWriter.Resolve(_staging, sitePath);
        if (!_written.TryAdd(sitePath, 0))
        {
            throw new InvalidOperationException($"The site path '{sitePath}' is written twice.");
        }

        var folder = Path.GetDirectoryName(target)!;
        if (_folders.TryAdd(folder, 0))
        {
            Directory.CreateDirectory(folder);
        }

        using var handle = File.OpenHandle(target, FileMode.CreateNew, FileAccess.Write, FileShare.None, FileOptions.None);
        RandomAccess.Write(handle, content, 0);
    }

    /// <summary>Removes a file the previous build wrote and this one no longer makes (incremental only).</summary>
    public void Delete(string sitePath)
    {
        SiteWriter.Resolve(Output, sitePath);
        _deleted.TryAdd(sitePath, 0);
    }

    /// <summary>Makes every write visible at once.</summary>
    /// <exception cref="IOException">The output cannot be replaced; it is left as it was.</exception>
    public void Commit()
    {
        if (_committed)
        {
            throw new InvalidOperationException("The transaction is committed already.");
        }

        if (Incremental)
        {
            CommitChanges();
        }
        else
        {
            if (Directory.Exists(Output))
            {
                Directory.Move(Output, _retired);
            }

            Directory.Move(_staging, Output);
            SiteWriter.DeleteIfExists(_retired);
        }

        _committed = true;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_committed)
            {
                SiteWriter.DeleteIfExists(_staging);
            }
        }
        finally
        {
            await _lock.DisposeAsync();
        }
    }

    /// <summary>Undoes an incremental commit that a dead process left midway, from its journal. Returns true
    /// when it did, so that the build that follows writes the site in full.</summary>
    internal static bool Recover(string output)
    {
        var journal = output + SiteWriter.JournalSuffix;
        if (!File.Exists(journal))
        {
            return false;
        }

        var retired = output + SiteWriter.RetiredSuffix;
        var operations = File.ReadAllLines(journal, Encoding.UTF8)
            .Select(line => line.Split('\t', 2))
            .Where(parts => parts.Length == 2)
            .Select(parts => (parts[0], parts[1]))
            .ToList();
        Undo(output, retired, operations, operations.Count);
        SiteWriter.DeleteIfExists(retired);
        SiteWriter.DeleteIfExists(output + SiteWriter.StagingSuffix);
        File.Delete(journal);
        return true;
    }

    private void CommitChanges()
    {
        var operations = new List<(string Operation, string Path)>(_written.Count + _deleted.Count);
        foreach (var path in _written.Keys.Order(StringComparer.Ordinal))
        {
            operations.Add((File.Exists(SiteWriter.Resolve(Output, path)) ? ReplaceOperation : CreateOperation, path));
        }

        foreach (var path in _deleted.Keys.Where(p => !_written.ContainsKey(p)).Order(StringComparer.Ordinal))
        {
            operations.Add((DeleteOperation, path));
        }

        if (operations.Count == 0)
        {
            SiteWriter.DeleteIfExists(_staging);
            return;
        }

        SiteWriter.DeleteIfExists(_retired);
        var journal = Output + SiteWriter.JournalSuffix;
        using (var stream = new FileStream(journal, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            var text = Encoding.UTF8.GetBytes(string.Concat(operations.Select(o => $"{o.Operation}\t{o.Path}\n")));
            stream.Write(text);
            stream.Flush(flushToDisk: true);
        }

        var done = 0;
        try
        {
            for (; done < operations.Count; done++)
            {
                var (operation, path) = operations[done];
                var target = SiteWriter.Resolve(Output, path);
                if (File.Exists(target))
                {
                    MoveFile(target, SiteWriter.Resolve(_retired, path));
                }

                if (operation != DeleteOperation)
                {
                    MoveFile(SiteWriter.Resolve(_staging, path), target);
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Undo(Output, _retired, operations, done + 1);
            File.Delete(journal);
            throw;
        }

        File.Delete(journal);
        SiteWriter.DeleteIfExists(_retired);
        SiteWriter.DeleteIfExists(_staging);
        DeleteEmptyFolders(operations);
    }

    /// <summary>Undoes the first <paramref name="count"/> operations, last first: a created file is removed, and
    /// the retired file a replacement or deletion moved away goes back. An operation not yet done is left alone.</summary>
    private static void Undo(string output, string retired, List<(string Operation, string Path)> operations, int count)
    {
        for (var i = Math.Min(count, operations.Count) - 1; i >= 0; i--)
        {
            var (operation, path) = operations[i];
            var target = SiteWriter.Resolve(output, path);
            var previous = SiteWriter.Resolve(retired, path);
            if (operation == CreateOperation)
            {
                File.Delete(target);
            }
            else if (File.Exists(previous))
            {
                MoveFile(previous, target, overwrite: true);
            }
        }
    }

    private static void MoveFile(string from, string to, bool overwrite = false)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(to)!);
        File.Move(from, to, overwrite);
    }

    private void DeleteEmptyFolders(List<(string Operation, string Path)> operations)
    {
        foreach (var (operation, path) in operations)
        {
            if (operation != DeleteOperation)
            {
                continue;
            }

            var folder = Path.GetDirectoryName(SiteWriter.Resolve(Output, path));
            while (folder is not null && folder.Length > Output.Length && Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any())
            {
                Directory.Delete(folder);
                folder = Path.GetDirectoryName(folder);
            }
        }
    }
}
