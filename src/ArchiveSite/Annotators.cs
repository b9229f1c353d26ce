using ArchiveSite.Core.Language;

namespace ArchiveSite.Cli;

/// <summary>The annotator import uses, with the editable lists of the site's <c>input/_data/</c>.</summary>
internal static class Annotators
{
    public const string DataFolder = "_data";

    public static IArticleAnnotator Create(string inputDirectory) => NewsAnnotator.Create(Path.Combine(inputDirectory, DataFolder));

    /// <summary>One page per person: Russian and Ukrainian spellings of a name share the Ukrainian one.</summary>
    public static string PersonKey(string name) => CanonicalPersonName.ToUkrainian(name);
}
