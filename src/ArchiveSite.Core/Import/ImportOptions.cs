using ArchiveSite.Core.Progress;

namespace ArchiveSite.Core.Import;

/// <param name="SeedsDirectory">Where the seed documents (<c>*.txt</c>) are.</param>
/// <param name="InputDirectory">The site's <c>input/</c>: pages go to <c>articles/YYYY/MM/</c>.</param>
/// <param name="Force">Rewrite pages that already exist for a seed (an editor's changes to them are lost).</param>
/// <param name="Strict">Write nothing when any seed is refused.</param>
public sealed record ImportOptions(string SeedsDirectory, string InputDirectory, bool Force = false, bool Strict = false)
{
    /// <summary>The time zone of the source, for dates printed without an offset.</summary>
    public TimeZoneInfo TimeZone { get; init; } = Zones.Kyiv;

    /// <summary>Told of each stage as it starts (reading seeds, finding persons and tags, writing pages), or null.</summary>
    public IWorkProgress? Progress { get; init; }
}
