using ArchiveSite.Core.Yaml;

namespace ArchiveSite.Core.Language;

/// <summary>
/// The editable data files of the language stage in a site's <c>input/_data</c> folder:
/// <c>persons.yml</c> (person authority) and <c>tags.yml</c> (topic vocabulary).
/// </summary>
public static class AnnotatorData
{
    public const string PersonsFileName = "persons.yml";
    public const string TagsFileName = "tags.yml";

    /// <summary>
    /// Writes the default <c>persons.yml</c> and <c>tags.yml</c> into <paramref name="dataDirectory"/> when they
    /// are absent (the folder is created if needed). Existing files are never changed. Returns the paths written.
    /// </summary>
    public static IReadOnlyList<string> EnsureDefaults(string dataDirectory)
    {
        ArgumentException.ThrowIfNullOrEmpty(dataDirectory);
        Directory.CreateDirectory(dataDirectory);
        var written = new List<string>();
        foreach (var name in new[] { PersonsFileName, TagsFileName })
        {
            var path = Path.Combine(dataDirectory, name);
            if (File.Exists(path))
            {
                continue;
            }

            try
            {
                using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
                using var writer = new StreamWriter(stream);
                writer.Write(DataResources.ReadText(name));
                written.Add(path);
            }
            catch (IOException) when (File.Exists(path))
            {
                // Another process wrote it first: keep theirs.
            }
        }

        return written;
    }

    /// <summary>
    /// The short descriptions of persons from the built-in and the site's <c>persons.yml</c>, by canonical name
    /// (for person pages). Persons without a description are left out.
    /// </summary>
    public static IReadOnlyDictionary<string, string> PersonDescriptions(string? dataDirectory)
    {
        var texts = new List<YamlText> { DataResources.BuiltIn(PersonsFileName) };
        if (ReadSiteFile(dataDirectory, PersonsFileName) is { } site)
        {
            texts.Add(site);
        }

        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var person in Persons.PersonAuthority.FromYaml(texts).Persons)
        {
            if (!string.IsNullOrWhiteSpace(person.Description))
            {
                result[person.Name] = person.Description.Trim();
            }
        }

        return result;
    }

    /// <summary>A site data file, or null when the folder or file is absent.</summary>
    internal static YamlText? ReadSiteFile(string? dataDirectory, string fileName)
    {
        if (string.IsNullOrEmpty(dataDirectory))
        {
            return null;
        }

        var path = Path.Combine(dataDirectory, fileName);
        return File.Exists(path) ? new YamlText(path, File.ReadAllText(path)) : null;
    }
}
