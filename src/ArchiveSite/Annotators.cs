using ArchiveSite.Core.Language;

namespace ArchiveSite.Cli;

/// <summary>The annotator import uses, with the editable lists of the site's <c>input/_data/</c>.</summary>
internal static class Annotators
{
    public const string DataFolder = "_data";

    /// <summary>The annotator with the site's <c>persons.yml</c> and <c>tags.yml</c>; writes the default files
    /// there first where they are missing, so editors have them to extend.</summary>
    public static IArticleAnnotator Create(string inputDirectory)
    {
        var data = Path.Combine(inputDirectory, DataFolder);
        AnnotatorData.EnsureDefaults(data);
        return NewsAnnotator.Create(data);
    }

    /// <summary>One page per person: Russian and Ukrainian spellings of a name share the Ukrainian one.</summary>
    public static string PersonKey(string name) => CanonicalPersonName.ToUkrainian(name);
}
