using ArchiveSite.Core.Site;

namespace ArchiveSite.Cli;

/// <summary>The site's settings: <c>site.yml</c> in the current directory (or <c>--config FILE</c>),
/// with <c>--base-url</c> on top.</summary>
internal static class SiteConfig
{
    /// <exception cref="UsageException">A named config file that does not exist, or a bad --base-url.</exception>
    /// <exception cref="Core.Yaml.DataFileException">The config file is invalid.</exception>
    public static SiteSettings Load(CommandOptions options)
    {
        var named = options.Config;
        var path = Path.GetFullPath(named ?? SiteConfigReader.FileName);
        if (named is not null && !File.Exists(path))
        {
            throw new UsageException($"--config {named}: the file {path} does not exist");
        }

        var settings = File.Exists(path) ? SiteConfigReader.Read(path, File.ReadAllText(path)) : SiteSettings.Default;
        if (options.BaseUrl is { } baseUrl)
        {
            try
            {
                settings = settings.WithBaseUrl(baseUrl);
            }
            catch (ArgumentException ex)
            {
                throw new UsageException($"--base-url {baseUrl}: {ex.Message}");
            }
        }

        return settings;
    }
}
