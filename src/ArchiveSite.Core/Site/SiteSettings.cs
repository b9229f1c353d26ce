namespace ArchiveSite.Core.Site;

/// <summary>The site's settings, from <c>site.yml</c> (see <see cref="SiteConfigReader"/>).</summary>
public sealed record SiteSettings
{
    public const int DefaultItemsPerPage = 20;

    public required string Title { get; init; }

    public required string Description { get; init; }

    /// <summary>The language of the site's own words: "uk" (default) or "en".</summary>
    public required string Language { get; init; }

    /// <summary>Where the site is published, absolute and ending with '/'; it may include a sub-path
    /// ("https://example.org/archive/"). Feeds, the sitemap and canonical links use it whole; every
    /// link inside the site uses its path.</summary>
    public required Uri BaseUrl { get; init; }

    public int ItemsPerPage { get; init; } = DefaultItemsPerPage;

    /// <summary>The IANA time zone of the archive's dates, for seeds that print local time.</summary>
    public string TimeZone { get; init; } = "Europe/Kyiv";

    /// <summary>The path part of <see cref="BaseUrl"/>: "/" or "/archive/".</summary>
    public string BasePath => BaseUrl.AbsolutePath;

    public static SiteSettings Default { get; } = new()
    {
        Title = "Архів новин",
        Description = "Архів новин: статті з датами, людьми й темами.",
        Language = "uk",
        BaseUrl = new Uri("http://localhost:8000/"),
    };

    /// <summary>These settings published at another address. A path alone ("/archive/") keeps the host.</summary>
    /// <exception cref="ArgumentException">The address is neither an http(s) URL nor a path.</exception>
    public SiteSettings WithBaseUrl(string baseUrl)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(baseUrl);
        return this with { BaseUrl = ParseBaseUrl(baseUrl, BaseUrl) };
    }

    /// <exception cref="ArgumentException">The address is neither an http(s) URL nor a path.</exception>
    public static Uri ParseBaseUrl(string baseUrl, Uri? origin = null)
    {
        var text = baseUrl.Trim().TrimEnd('/') + "/";

        if (Uri.TryCreate(text, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
        {
            return absolute;
        }

        if (text.StartsWith('/') && !text.StartsWith("//", StringComparison.Ordinal))
        {
            return new Uri(origin ?? Default.BaseUrl, text);
        }

        // No parameter name: the message is shown to the user as it is.
        throw new ArgumentException($"'{baseUrl}' is neither an http(s) address (https://example.org/archive/) nor a path starting with / (/archive/)");
    }
}
