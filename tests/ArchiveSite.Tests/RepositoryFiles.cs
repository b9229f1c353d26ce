namespace ArchiveSite.Tests;

/// <summary>Files of the repository, found from the test's location.</summary>
internal static class RepositoryFiles
{
    public const string SeedFileName = "000_4fc3a1f97c3ac14c.txt";

    public static string Root { get; } = FindRoot();

    public static string SeedPath => Path.Combine(Root, "seeds", SeedFileName);

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
