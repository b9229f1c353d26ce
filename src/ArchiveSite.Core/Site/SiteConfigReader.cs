using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace ArchiveSite.Core.Site;

/// <summary>
/// Reads <c>site.yml</c>: <c>title</c>, <c>description</c>, <c>base_url</c>, <c>language</c> (uk or en),
/// <c>items_per_page</c>, <c>time_zone</c>. Every field is optional; missing ones keep their defaults.
/// </summary>
public static class SiteConfigReader
{
    public const string FileName = "site.yml";

    private static readonly IDeserializer s_deserializer = new DeserializerBuilder().Build();

    /// <exception cref="InvalidDataException">The file is not valid YAML or a value is out of range;
    /// the message names the file, line and column.</exception>
    public static SiteSettings Read(string path, string text)
    {
        SiteConfigDocument document;
        try
        {
            document = s_deserializer.Deserialize<SiteConfigDocument?>(text) ?? new SiteConfigDocument();
        }
        catch (YamlException ex)
        {
            throw new InvalidDataException($"{path}:{ex.Start.Line}:{ex.Start.Column}: {(ex.InnerException ?? ex).Message}", ex);
        }

        var settings = SiteSettings.Default;
        try
        {
            if (document.BaseUrl is { Length: > 0 } baseUrl)
            {
                settings = settings.WithBaseUrl(baseUrl);
            }
        }
        catch (ArgumentException ex)
        {
            throw new InvalidDataException($"{path}: base_url: {ex.Message}", ex);
        }

        if (document.Language is { } language && language is not ("uk" or "en"))
        {
            throw new InvalidDataException($"{path}: language: '{language}' is not one of uk, en");
        }

        if (document.ItemsPerPage is < 1 or > 1000)
        {
            throw new InvalidDataException($"{path}: items_per_page: {document.ItemsPerPage.Value.ToString(CultureInfo.InvariantCulture)} is not between 1 and 1000");
        }

        if (document.TimeZone is { } zone && !TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _))
        {
            throw new InvalidDataException($"{path}: time_zone: '{zone}' is not a known time zone");
        }

        var english = document.Language == "en";
        return settings with
        {
            Title = document.Title ?? (english ? "News archive" : settings.Title),
            Description = document.Description ?? (english ? "A news archive: articles with their dates, people and topics." : settings.Description),
            Language = document.Language ?? settings.Language,
            ItemsPerPage = document.ItemsPerPage ?? settings.ItemsPerPage,
            TimeZone = document.TimeZone ?? settings.TimeZone,
        };
    }

    private sealed class SiteConfigDocument
    {
        [YamlMember(Alias = "title")]
        public string? Title { get; set; }

        [YamlMember(Alias = "description")]
        public string? Description { get; set; }

        [YamlMember(Alias = "base_url")]
        public string? BaseUrl { get; set; }

        [YamlMember(Alias = "language")]
        public string? Language { get; set; }

        [YamlMember(Alias = "items_per_page")]
        public int? ItemsPerPage { get; set; }

        [YamlMember(Alias = "time_zone")]
        public string? TimeZone { get; set; }
    }
}
