using System.Globalization;
using ArchiveSite.Core.Yaml;

namespace ArchiveSite.Core.Site;

/// <summary>
/// Reads <c>site.yml</c>: <c>title</c>, <c>description</c>, <c>base_url</c>, <c>language</c> (uk or en),
/// <c>items_per_page</c>, <c>time_zone</c>. Every field is optional; missing ones keep their defaults.
/// </summary>
public static class SiteConfigReader
{
    public const string FileName = "site.yml";

    /// <exception cref="DataFileException">The file is not valid YAML or a value is out of range;
    /// the message names the file, line and column.</exception>
    public static SiteSettings Read(string path, string text)
    {
        var yaml = new YamlDataReader(path);
        var settings = SiteSettings.Default;
        if (yaml.Root(text) is not { } root)
        {
            return settings;
        }

        string? title = null, description = null, language = null, zone = null;
        int? itemsPerPage = null;
        foreach (var field in yaml.Fields(root, "fields such as title: and base_url:, each on a line of its own"))
        {
            var (key, value) = field;
            switch (key)
            {
                case "title":
                    title = yaml.Text(value, key);
                    break;
                case "description":
                    description = yaml.Text(value, key);
                    break;
                case "base_url" when yaml.Text(value, key) is { Length: > 0 } baseUrl:
                    try
                    {
                        settings = settings.WithBaseUrl(baseUrl);
                    }
                    catch (ArgumentException ex)
                    {
                        throw yaml.Error(value, $"base_url: {ex.Message}");
                    }

                    break;
                case "language":
                    language = yaml.Text(value, key);
                    if (language is not (null or "uk" or "en"))
                    {
                        throw yaml.Error(value, $"language: '{language}' is not one of uk, en");
                    }

                    break;
                case "items_per_page":
                    itemsPerPage = yaml.Number(value, key);
                    if (itemsPerPage is < 1 or > 1000)
                    {
                        throw yaml.Error(value, $"items_per_page: {itemsPerPage.Value.ToString(CultureInfo.InvariantCulture)} is not between 1 and 1000");
                    }

                    break;
                case "time_zone":
                    zone = yaml.Text(value, key);
                    if (zone is not null && !TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _))
                    {
                        throw yaml.Error(value, $"time_zone: '{zone}' is not a known time zone; use a name such as Europe/Kyiv or UTC");
                    }

                    break;
                default:
                    throw yaml.Error(field.KeyNode, $"'{key}' is not a setting; the settings are title, description, base_url, language, items_per_page and time_zone");
            }
        }

        var english = language == "en";
        return settings with
        {
            Title = title ?? (english ? "News archive" : settings.Title),
            Description = description ?? (english ? "A news archive: articles with their dates, people and topics." : settings.Description),
            Language = language ?? settings.Language,
            ItemsPerPage = itemsPerPage ?? settings.ItemsPerPage,
            TimeZone = zone ?? settings.TimeZone,
        };
    }
}
