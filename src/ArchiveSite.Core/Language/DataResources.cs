using System.Reflection;
using ArchiveSite.Core.Yaml;

namespace ArchiveSite.Core.Language;

/// <summary>Reads the data files embedded from <c>Language/Data</c>.</summary>
internal static class DataResources
{
    private const string Prefix = "ArchiveSite.Core.Language.Data.";

    /// <summary>A built-in YAML file, named as such in messages.</summary>
    public static YamlText BuiltIn(string fileName) => new($"(built-in) {fileName}", ReadText(fileName));

    public static string ReadText(string fileName)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(Prefix + fileName)
            ?? throw new InvalidOperationException($"Missing embedded data file {fileName}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The non-empty lines that are not comments (#), split on tabs.</summary>
    public static IEnumerable<string[]> ReadTable(string fileName)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(Prefix + fileName)
            ?? throw new InvalidOperationException($"Missing embedded data file {fileName}.");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            yield return line.Split('\t');
        }
    }
}
