using ArchiveSite.Core.Output;

namespace ArchiveSite.Theme;

/// <summary>The files of wwwroot/, shipped inside the theme assembly so the built app finds them from any
/// working directory.</summary>
internal static class ThemeAssets
{
    private const string Prefix = "wwwroot/";

    public static IReadOnlyList<SiteFile> Load()
    {
        var assembly = typeof(ThemeAssets).Assembly;
        var files = new List<SiteFile>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            files.Add(new SiteFile(name[Prefix.Length..].Replace('\\', '/'), memory.ToArray()));
        }

        return files;
    }

    /// <summary>The files of a wwwroot/ folder on disk, in path order.</summary>
    public static IReadOnlyList<SiteFile> Load(string directory)
    {
        var files = new List<SiteFile>();
        foreach (var path in Directory.GetFiles(directory, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            files.Add(new SiteFile(Path.GetRelativePath(directory, path).Replace('\\', '/'), File.ReadAllBytes(path)));
        }

        return files;
    }
}
