namespace ArchiveSite.Core.Import;

public static class Zones
{
    /// <summary>Europe/Kyiv (named Europe/Kiev in older time zone databases).</summary>
    public static TimeZoneInfo Kyiv { get; } = Find("Europe/Kyiv") ?? Find("Europe/Kiev") ?? Find("FLE Standard Time")
        ?? throw new TimeZoneNotFoundException("The time zone Europe/Kyiv is not installed (install the tzdata package).");

    private static TimeZoneInfo? Find(string id) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : null;
}
