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

    /// <exception cref="IOException">The output folder cannot be written.</exception>
    /// <exception cref="UnauthorizedAccessException">The output folder or its parent is read-only.</exception>
    public static async Task WriteAsync(string outputDirectory, IEnumerable<SiteFile> files, CancellationToken cancellationToken = default)
    {
        var output = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        var staging = output + StagingSuffix;
        var retired = output + RetiredSuffix;
        DeleteIfExists(staging);
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

        if (Directory.Exists(output))
        {
            Directory.Move(output, retired);
        }

        Directory.Move(staging, output);
        DeleteIfExists(retired);
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
