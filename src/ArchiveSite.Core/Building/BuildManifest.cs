using System.IO.Hashing;
using System.Text;
using ArchiveSite.Core.Site.Views;

namespace ArchiveSite.Core.Building;

/// <summary>
/// What the last build wrote: for every file of the output, a key that changes when the file would change —
/// for an HTML page the fingerprint of its view (the theme's only input), for a feed the hash of what it is
/// made from (<see cref="Output.AtomFeedWriter.Source"/>), for any other file the hash of its bytes — the identity of the engine and theme that rendered the pages, and the hashes of the article bodies
/// known to render (so the next build need not check them again). Kept beside the output as
/// <c>&lt;output&gt;.manifest</c>; it is deleted before a build commits and written after, so a manifest that
/// exists always describes the output beside it.
/// </summary>
internal sealed class BuildManifest
{
    private const string Header = "archivesite-manifest 2";
    private const string BodiesSection = "[bodies]";
    private const string Suffix = ".manifest";

    public BuildManifest(string identity, Dictionary<string, string> entries, HashSet<string> checkedBodies)
    {
        Identity = identity;
        Entries = entries;
        CheckedBodies = checkedBodies;
    }

    /// <summary>What made the output: engine and theme; another identity means a full build.</summary>
    public string Identity { get; }

    /// <summary>Site path → key.</summary>
    public Dictionary<string, string> Entries { get; }

    /// <summary>Hashes of the article bodies (<see cref="Content.ArticleBody.Hash"/>) known to render.</summary>
    public HashSet<string> CheckedBodies { get; }

    public static string PathFor(string outputDirectory) => Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar) + Suffix;

    /// <summary>The manifest of the output, or null when there is none or it cannot be read.</summary>
    public static BuildManifest? Read(string outputDirectory)
    {
        var path = PathFor(outputDirectory);
        if (!File.Exists(path) || !Directory.Exists(outputDirectory))
        {
            return null;
        }

        try
        {
            using var reader = new StreamReader(path, Encoding.UTF8);
            var header = reader.ReadLine();
            var identity = reader.ReadLine();
            if (header != Header || identity is null)
            {
                return null;
            }

            var entries = new Dictionary<string, string>(StringComparer.Ordinal);
            var bodies = new HashSet<string>(StringComparer.Ordinal);
            while (reader.ReadLine() is { } line)
            {
                if (line == BodiesSection)
                {
                    while (reader.ReadLine() is { } hash)
                    {
                        bodies.Add(hash);
                    }

                    break;
                }

                var tab = line.IndexOf('\t', StringComparison.Ordinal);
                if (tab <= 0)
                {
                    return null;
                }

                entries[line[(tab + 1)..]] = line[..tab];
            }

            return new BuildManifest(identity, entries, bodies);
        }
        catch (IOException)
        {
            return null;
        }
    }

    public static void Delete(string outputDirectory) => File.Delete(PathFor(outputDirectory));

    /// <summary>Writes the manifest atomically: a temporary file, then a rename.</summary>
    public void Write(string outputDirectory)
    {
        var path = PathFor(outputDirectory);
        var text = new StringBuilder(Entries.Count * 96);
        text.Append(Header).Append('\n').Append(Identity).Append('\n');
        foreach (var (sitePath, key) in Entries.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            text.Append(key).Append('\t').Append(sitePath).Append('\n');
        }

        text.Append(BodiesSection).Append('\n');
        foreach (var hash in CheckedBodies.Order(StringComparer.Ordinal))
        {
            text.Append(hash).Append('\n');
        }

        var temporary = path + ".tmp";
        File.WriteAllText(temporary, text.ToString(), new UTF8Encoding(false));
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>The fingerprint of a page view (see <see cref="ViewFingerprint"/>).</summary>
    public static string Fingerprint(PageView view) => ViewFingerprint.Of(view);

    /// <summary>The key of any other file: a hash of its bytes.</summary>
    public static string ContentKey(ReadOnlySpan<byte> content) => "c" + Convert.ToHexStringLower(XxHash128.Hash(content));
}
