namespace ArchiveSite.Cli.Progress;

/// <summary>Makes the progress display of one piece of work, such as an import or a build.</summary>
internal interface IProgressDisplayFactory
{
    /// <param name="work">The command's word that starts each line, e.g. "import".</param>
    ProgressDisplay Start(string work);
}
