namespace ArchiveSite.Cli.Serving;

/// <summary>Watches folders for changes and says, after a short quiet spell, which of them changed.</summary>
internal sealed class SiteWatcher : IDisposable
{
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly HashSet<string> _changed = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _signal = new(0);
    private readonly Lock _gate = new();

    /// <param name="folders">Name → folder; folders that do not exist are left out.</param>
    public SiteWatcher(IReadOnlyDictionary<string, string> folders)
    {
        foreach (var (name, folder) in folders)
        {
            if (!Directory.Exists(folder))
            {
                continue;
            }

            var watcher = new FileSystemWatcher(folder)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            watcher.Changed += (_, _) => Mark(name);
            watcher.Created += (_, _) => Mark(name);
            watcher.Deleted += (_, _) => Mark(name);
            watcher.Renamed += (_, _) => Mark(name);
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    /// <summary>Waits for a change, then for <paramref name="quiet"/> without further changes, and returns the
    /// names of the folders that changed.</summary>
    public async Task<IReadOnlySet<string>> NextAsync(TimeSpan quiet, CancellationToken cancellationToken)
    {
        await _signal.WaitAsync(cancellationToken);
        while (await _signal.WaitAsync(quiet, cancellationToken))
        {
            // Keep waiting until the writes stop.
        }

        lock (_gate)
        {
            var changed = new HashSet<string>(_changed, StringComparer.Ordinal);
            _changed.Clear();
            return changed;
        }
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }

        _signal.Dispose();
    }

    private void Mark(string name)
    {
        lock (_gate)
        {
            _changed.Add(name);
        }

        _signal.Release();
    }
}
