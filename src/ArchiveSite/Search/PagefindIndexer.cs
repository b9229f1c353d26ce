using System.Diagnostics;
using System.Security.Cryptography;

namespace ArchiveSite.Cli.Search;

/// <summary>
/// Makes the site's search index with Pagefind, pinned in <c>tools/pagefind/package-lock.json</c> and
/// shipped beside the app. On first use it is restored with <c>npm ci</c> into a cache folder named
/// after the lock file's hash, then run over the built site. Where Node.js is missing the build still
/// succeeds and says how to enable search.
/// </summary>
internal static class PagefindIndexer
{
    private const string BundleFolder = "pagefind";

    private static readonly TimeSpan s_installTimeout = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan s_indexTimeout = TimeSpan.FromMinutes(10);

    /// <param name="searchPath">The folders to look for node and npm in; the PATH variable by default.</param>
    public static async Task<SearchIndexResult> IndexAsync(string outputDirectory, CancellationToken cancellationToken, string? searchPath = null)
    {
        searchPath ??= Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        var pinned = Path.Combine(AppContext.BaseDirectory, "pagefind");
        var lockFile = Path.Combine(pinned, "package-lock.json");
        if (!File.Exists(lockFile))
        {
            return new SearchIndexResult(false, $"search: skipped: {lockFile} is missing from the app");
        }

        if (FindOnPath("node", searchPath) is not { } node || FindOnPath("npm", searchPath) is not { } npm)
        {
            return new SearchIndexResult(false, "search: skipped: Node.js (node and npm) was not found; install Node.js 18 or newer and build again to make the search index");
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(lockFile, cancellationToken)))[..12];
        var cache = Path.Combine(CacheRoot(), $"pagefind-{hash}");
        var runner = Path.Combine(cache, "node_modules", "pagefind", "lib", "runner", "bin.cjs");
        if (!File.Exists(runner))
        {
            Directory.CreateDirectory(cache);
            File.Copy(Path.Combine(pinned, "package.json"), Path.Combine(cache, "package.json"), overwrite: true);
            File.Copy(lockFile, Path.Combine(cache, "package-lock.json"), overwrite: true);
            var install = await RunAsync(npm, ["ci", "--no-audit", "--no-fund", "--silent"], cache, s_installTimeout, cancellationToken);
            if (install.ExitCode != 0 || !File.Exists(runner))
            {
                return new SearchIndexResult(false, $"search: skipped: 'npm ci' of the pinned Pagefind failed in {cache}: {Last(install.Output)}");
            }
        }

        // One index for every language: the search page finds Ukrainian and Russian articles alike. The index is
        // written beside the site and then put in place whole, so a failed run leaves the previous one.
        var site = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        var staged = site + ".search";
        DeleteIfExists(staged);
        var index = await RunAsync(node, [runner, "--site", site, "--output-path", staged, "--force-language", "uk", "--quiet"], site, s_indexTimeout, cancellationToken);
        if (index.ExitCode != 0 || !Directory.Exists(staged))
        {
            DeleteIfExists(staged);
            return new SearchIndexResult(false, $"search: Pagefind failed (exit {index.ExitCode}): {Last(index.Output)}");
        }

        var target = Path.Combine(site, BundleFolder);
        var retired = site + ".search-old";
        DeleteIfExists(retired);
        if (Directory.Exists(target))
        {
            Directory.Move(target, retired);
        }

        Directory.Move(staged, target);
        DeleteIfExists(retired);
        return new SearchIndexResult(true, $"search: indexed with Pagefind into {BundleFolder}/");
    }

    private static void DeleteIfExists(string path)
    {
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }
    }

    private static string CacheRoot()
    {
        var xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        var root = !string.IsNullOrEmpty(xdg) ? xdg : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
        return Path.Combine(root, "archivesite");
    }

    private static string? FindOnPath(string program, string searchPath)
    {
        foreach (var folder in searchPath.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(folder, program);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string program, string[] arguments, string workingDirectory, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return (process.ExitCode, (await output) + (await errors));
    }

    private static string Last(string output)
    {
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return lines.Length == 0 ? "(no output)" : lines[^1];
    }
}

/// <param name="Indexed">True when the search index was written.</param>
internal sealed record SearchIndexResult(bool Indexed, string Message);
