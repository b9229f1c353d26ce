using ArchiveSite.Core.Language;

namespace ArchiveSite.Cli;

/// <summary>The annotator import uses, with the editable lists of the site's <c>input/_data/</c>.</summary>
internal static class Annotators
{
    public const string DataFolder = "_data";

    public static IArticleAnnotator Create(string inputDirectory) => NewsAnnotator.Create(Path.Combine(inputDirectory, DataFolder));

    public static string PersonKey(string name) => name;
}
