using System.Security.Cryptography;
using ArchiveSite.Core.Output;
using ArchiveSite.Core.Site.Views;

namespace ArchiveSite.Theme;

/// <summary>The files of wwwroot/, shipped inside the theme assembly so the built app finds them from any
/// working directory. Pages link them with a version taken from their content (<c>site.css?v=…</c>),
/// so browsers may cache them for long and still see every change.</summary>
internal static class ThemeAssets
{
    private const string Prefix = "wwwroot/";
    private const string AssetsFolder = "assets/";

    private static readonly Lazy<(IReadOnlyList<SiteFile> Files, Dictionary<string, string> Versions)> s_assets = new(LoadEmbedded);

    public static IReadOnlyList<SiteFile> Files => s_assets.Value.Files;

    /// <summary>The versioned URL of a file of wwwroot/assets/, e.g. "/assets/site.css?v=1a2b3c4d".</summary>
    public static string Url(SiteChrome site, string name) =>
        s_assets.Value.Versions.TryGetValue(AssetsFolder + name, out var version)
            ? $"{site.AssetsUrl}{name}?v={version}"
            : throw new ArgumentException($"The theme has no asset '{name}'.", nameof(name));

    private static (IReadOnlyList<SiteFile>, Dictionary<string, string>) LoadEmbedded()
    {
        var assembly = typeof(ThemeAssets).Assembly;
        var files = new List<SiteFile>();
        var versions = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            var path = name[Prefix.Length..].Replace('\\', '/');
            var content = memory.ToArray();
            files.Add(new SiteFile(path, content));
            versions[path] = Convert.ToHexStringLower(SHA256.HashData(content))[..10];
        }

        return (files, versions);
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
