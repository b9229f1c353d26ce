using ArchiveSite.Core.Language;

namespace ArchiveSite.Cli;

/// <summary>The annotator import uses, with the editable lists of the site's <c>input/_data/</c>.</summary>
internal static class Annotators
{
    public const string DataFolder = "_data";

    /// <summary>The annotator with the site's <c>persons.yml</c> and <c>tags.yml</c> (the built-in ones where
    /// they are missing).</summary>
    public static IArticleAnnotator Create(string inputDirectory) => NewsAnnotator.Create(Path.Combine(inputDirectory, DataFolder));

    /// <summary>Writes the default <c>persons.yml</c> and <c>tags.yml</c> where they are missing, so editors
    /// have them to extend; an editor's files are never touched.</summary>
    public static void WriteMissingData(string inputDirectory) => AnnotatorData.EnsureDefaults(Path.Combine(inputDirectory, DataFolder));

    /// <summary>One page per person: Russian and Ukrainian spellings of a name share the Ukrainian one, and the
    /// aliases in the site's <c>persons.yml</c> share their canonical name's.</summary>
    public static Func<string, string> PersonKey(string inputDirectory) => CanonicalPersonName.ForSite(Path.Combine(inputDirectory, DataFolder));
}
