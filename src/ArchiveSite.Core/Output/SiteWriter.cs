namespace ArchiveSite.Core.Output;

/// <summary>
/// The only step that touches the output folder. Files go into a fresh folder beside it; when every file
/// is written, that folder takes the output's place. A build that fails or is stopped midway leaves the
/// previous output as it was, and only a leftover staging folder, removed by the next build.
/// </summary>
public static class SiteWriter
{
    private const string StagingSuffix = ".staging";
    private const string RetiredSuffix = ".retired";
    private const string LockSuffix = ".lock";

    /// <summary>How long a build waits for another build writing the same output folder.</summary>
    public static TimeSpan LockTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <exception cref="IOException">The output folder cannot be written.</exception>
    /// <exception cref="UnauthorizedAccessException">The output folder or its parent is read-only.</exception>
    /// <param name="finishStaging">Runs over the staged site, under the lock and before it takes the
    /// output's place (the search indexer adds its files there); a failure leaves the output as it was.</param>
    public static async Task WriteAsync(string outputDirectory, IEnumerable<SiteFile> files, Func<string, CancellationToken, Task>? finishStaging = null, CancellationToken cancellationToken = default)
    {
        var output = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        try
        {
            await using var buildLock = await AcquireLockAsync(output + LockSuffix, cancellationToken);
            await WriteLockedAsync(output, files, finishStaging, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException && ex is not OutputLockedException)
        {
            throw new IOException($"{output}: cannot write the site: {ex.Message}", ex);
        }
    }

    private static async Task WriteLockedAsync(string output, IEnumerable<SiteFile> files, Func<string, CancellationToken, Task>? finishStaging, CancellationToken cancellationToken)
    {
        var staging = output + StagingSuffix;
        var retired = output + RetiredSuffix;
        DeleteIfExists(staging);
        if (Directory.Exists(retired) && !Directory.Exists(output))
        {
            // A build stopped between its two renames: the previous site is still whole, under its retired name.
            Directory.Move(retired, output);
        }

        DeleteIfExists(retired);
        Directory.CreateDirectory(staging);

        var created = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var target = Resolve(staging, file.Path);
            var folder = Path.GetDirectoryName(target)!;
            if (created.Add(folder))
            {
                Directory.CreateDirectory(folder);
            }

            await using var stream = new FileStream(target, FileMode.CreateNew, FileAccess.Write, FileShare.None, 16384, useAsync: false);
            await stream.WriteAsync(file.Content, cancellationToken);
        }

        if (finishStaging is not null)
        {
            await finishStaging(staging, cancellationToken);
        }

        if (Directory.Exists(output))
        {
            Directory.Move(output, retired);
        }

        Directory.Move(staging, output);
        DeleteIfExists(retired);
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

    private static void DeleteIfExists(string path)
    {
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }
    }
}

/// <summary>Another build holds the output folder.</summary>
public sealed class OutputLockedException(string message, Exception inner) : IOException(message, inner);
