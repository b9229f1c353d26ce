namespace ArchiveSite.Core.Output;

/// <summary>
/// The only step that touches the output folder. Files go into a fresh folder beside it; when every file
/// is written, that folder takes the output's place. A build that fails or is stopped midway leaves the
/// previous output as it was, and only a leftover staging folder, removed by the next build.
/// </summary>
public static class SiteWriter
{
    internal const string StagingSuffix = ".staging";
    internal const string RetiredSuffix = ".retired";
    internal const string JournalSuffix = ".journal";
    private const string LockSuffix = ".lock";

    /// <summary>How long a build waits for another build writing the same output folder.</summary>
    public static TimeSpan LockTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <exception cref="IOException">The output folder cannot be written.</exception>
    /// <exception cref="UnauthorizedAccessException">The output folder or its parent is read-only.</exception>
    public static async Task WriteAsync(string outputDirectory, IEnumerable<SiteFile> files, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        await using var site = await BeginAsync(outputDirectory, incremental: false, cancellationToken);
        await Guard(site.Output, () =>
        {
            foreach (var file in files)
            {
                cancellationToken.ThrowIfCancellationRequested();
                site.Write(file.Path, file.Content.Span);
            }

            site.Commit();
            return Task.CompletedTask;
        });
    }

    /// <summary>Takes the output folder's lock and starts writing a site: the whole site into a staging folder
    /// (<paramref name="incremental"/> false), or only the files that changed, put in place together when
    /// committed. Nothing is visible in the output folder before <see cref="SiteTransaction.Commit"/>.</summary>
    /// <exception cref="IOException">The output folder cannot be written, or another build holds it.</exception>
    public static async Task<SiteTransaction> BeginAsync(string outputDirectory, bool incremental, CancellationToken cancellationToken = default)
    {
        var output = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        FileStream? buildLock = null;
        try
        {
            buildLock = await AcquireLockAsync(output + LockSuffix, cancellationToken);
            var recovered = SiteTransaction.Recover(output);
            return new SiteTransaction(output, buildLock, incremental && !recovered && Directory.Exists(output));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException && ex is not OutputLockedException)
        {
            if (buildLock is not null)
            {
                await buildLock.DisposeAsync();
            }

            throw new IOException($"{output}: cannot write the site: {ex.Message}", ex);
        }
    }

    internal static async Task Guard(string output, Func<Task> action)
    {
        try
        {
            await action();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException && ex is not OutputLockedException)
        {
            throw new IOException($"{output}: cannot write the site: {ex.Message}", ex);
        }
    }

    /// <summary>Holds a lock file beside the output while writing; a second build waits for it, then gives up
    /// with a message saying which folder is busy. The operating system releases the lock if a build dies.</summary>
    private static async Task<FileStream> AcquireLockAsync(string lockPath, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(lockPath)!);
        var deadline = DateTime.UtcNow + LockTimeout;
        while (true)
        {
            try
            {
                return new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(200, cancellationToken);
            }
            catch (IOException ex)
            {
                throw new OutputLockedException($"{lockPath}: another build is writing this output folder; waited {LockTimeout.TotalSeconds:0} s, nothing written", ex);
            }
        }
    }

    /// <summary>The full path of a site file inside the root; a path that would leave the root is refused.</summary>
    public static string Resolve(string root, string sitePath)
    {
        var full = Path.GetFullPath(Path.Combine(root, sitePath));
        if (!full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal) || Path.IsPathRooted(sitePath))
        {
            throw new InvalidOperationException($"The site path '{sitePath}' leaves the output folder.");
        }

        return full;
    }

    internal static void DeleteIfExists(string path)
    {
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }
    }
}

/// <summary>Another build holds the output folder.</summary>
public sealed class OutputLockedException(string message, Exception inner) : IOException(message, inner);
