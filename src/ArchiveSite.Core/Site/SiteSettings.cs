namespace ArchiveSite.Core.Site;

/// <param name="BasePath">The path the site is served under, starting and ending with '/': "/" or "/archive/".</param>
public sealed record SiteSettings(string Title, string Description, string Language, string BasePath)
{
    public static SiteSettings Default { get; } = new(
        "Архів новин",
        "Архів новин: статті з датами, людьми й темами.",
        "uk",
        "/");
}
