using ArchiveSite.Core.Content;
using ArchiveSite.Core.Progress;
using ArchiveSite.Core.Site;

namespace ArchiveSite.Core.Building;

/// <param name="InputDirectory">The site's input/ folder.</param>
/// <param name="OutputDirectory">Where the site is written; replaced as a whole when the build succeeds.</param>
public sealed record BuildOptions(string InputDirectory, string OutputDirectory)
{
    public SiteSettings Settings { get; init; } = SiteSettings.Default;

    /// <summary>Maps a person's name to the name of their page (see <see cref="SiteModelBuilder.Build"/>).</summary>
    public Func<string, string>? PersonKey { get; init; }

    /// <summary>Write nothing when any page of input/ cannot be read.</summary>
    public bool Strict { get; init; }

    /// <summary>Folders besides the input (the seeds, say) that the output must not be, hold or sit in,
    /// since a build replaces its output folder whole.</summary>
    public IReadOnlyList<string> KeepApart { get; init; } = [];

    /// <summary>Render and write every page, even those the previous build's manifest shows unchanged.</summary>
    public bool Full { get; init; }

    /// <summary>Write the search index (<see cref="Search.SearchIndexWriter"/>); without it the search page says
    /// that search is unavailable.</summary>
    public bool Search { get; init; } = true;

    /// <summary>The search keys of the articles this process read before (serve's rebuilds), or null.</summary>
    public Search.SearchTermCache? SearchTerms { get; init; }

    /// <summary>Pages read by this process's earlier builds (see <see cref="InputCache"/>), or null.</summary>
    public InputCache? InputCache { get; init; }

    /// <summary>Told of each stage as it starts (reading pages, indexing for search, rendering pages), or null.</summary>
    public IWorkProgress? Progress { get; init; }
}

/// <param name="Pages">HTML pages written.</param>
/// <param name="Files">All files written, assets included.</param>
/// <param name="Problems">Pages of input/ that could not be read, each naming its file, line and column.</param>
/// <param name="Warnings">What the build resolved on its own, each naming its file.</param>
/// <param name="Written">False when nothing was written (a strict build with problems).</param>
public sealed record BuildReport(int Pages, int Files, IReadOnlyList<string> Problems, IReadOnlyList<string> Warnings, bool Written = true)
{
    /// <summary>Pages rendered: all of them in a full build, the changed ones in an incremental one.</summary>
    public int Rendered { get; init; }

    /// <summary>Files written (new or changed).</summary>
    public int Changed { get; init; }

    /// <summary>True when only the changes were written over the previous output.</summary>
    public bool Incremental { get; init; }

    /// <summary>The search index written, or null when the build made none.</summary>
    public SearchIndexSummary? Search { get; init; }
}

/// <param name="Files">Files of the index, written or unchanged.</param>
/// <param name="Changed">Files of the index written because their bytes changed.</param>
/// <param name="Bytes">The index's size.</param>
public sealed record SearchIndexSummary(int Documents, int Keys, int Files, int Changed, long Bytes);
