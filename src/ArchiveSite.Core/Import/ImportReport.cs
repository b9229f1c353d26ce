using System.Collections.Immutable;

namespace ArchiveSite.Core.Import;

public enum ImportOutcome
{
    /// <summary>A new page, or a page rewritten because its content changed.</summary>
    Written,

    /// <summary>The page already held exactly what import would write.</summary>
    Unchanged,

    /// <summary>An editor changed the page and its seed is unchanged: the page was left as it is.</summary>
    Kept,

    /// <summary>Both the seed and the page changed: the editor's changes were kept, the rest updated.</summary>
    Merged,
}

/// <param name="Path">The page's path relative to the input folder.</param>
public sealed record ImportedPage(string Seed, string Path, ImportOutcome Outcome);

/// <summary>A seed that was not imported, or imported with a warning; the message names the file.</summary>
public sealed record ImportProblem(string Seed, string Message, bool IsError);

public sealed record ImportReport(ImmutableArray<ImportedPage> Pages, ImmutableArray<ImportProblem> Problems)
{
    public bool HasErrors => Problems.Any(p => p.IsError);
}
