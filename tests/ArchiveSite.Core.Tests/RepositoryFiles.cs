namespace ArchiveSite.Core.Tests;

/// <summary>Files of the repository and of the shared folder beside it, found from the test's location.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string Seeds => Path.Combine(Root, "seeds");

    public const string SeedFileName = "000_4fc3a1f97c3ac14c.txt";

    public static string SeedPath => Path.Combine(Seeds, SeedFileName);

    /// <summary>The shared annotated corpus, or null where it is absent (a fresh clone has none).</summary>
    public static string? SharedCorpus => SharedFolder("corpus");

    /// <summary>The second shared corpus (pages from many outlets), when it is beside the repository.</summary>
    public static string? SharedCorpus2 => SharedFolder("corpus2");

    private static string? SharedFolder(string name)
    {
        var path = Path.GetFullPath(Path.Combine(Root, "..", "shared", name));
        return Directory.Exists(path) ? path : null;
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ArchiveSite.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (with ArchiveSite.sln) was not found above " + AppContext.BaseDirectory);
    }
}
