using System.CommandLine;

namespace ArchiveSite.Cli;

/// <summary>The options the commands share, each with its help text. A command makes its own instances, so
/// that an option such as --strict can say what it means for that command.</summary>
internal static class CliOptions
{
    public const string Seeds = "--seeds";
    public const string Input = "--input";
    public const string Output = "--output";
    public const string Config = "--config";
    public const string BaseUrl = "--base-url";
    public const string Strict = "--strict";
    public const string Force = "--force";
    public const string Full = "--full";
    public const string NoSearch = "--no-search";
    public const string Port = "--port";
    public const string ThemeAssets = "--theme-assets";

    public static Option<string> SeedsFolder() =>
        Folder(Seeds, "seeds", "The folder of seed documents (*.txt) to import.");

    public static Option<string> InputFolder() =>
        Folder(Input, "input", "The site's pages: articles/ holds the articles (Markdown), _data/ the editors' persons.yml and tags.yml.");

    public static Option<string> OutputFolder() =>
        Folder(Output, "output", "Where the site is written; a build replaces it whole, or keeps it as it was when it fails.");

    public static Option<string?> ConfigFile() => new(Config)
    {
        Description = "The site's settings (title, description, base_url, language, items_per_page, time_zone). [default: site.yml in the current folder, if there is one]",
        HelpName = "FILE",
    };

    public static Option<string?> BaseUrlOption() => new(BaseUrl)
    {
        Description = "The address the site is served from, e.g. https://example.org/archive/; overrides base_url of the config file.",
        HelpName = "URL",
    };

    public static Option<bool> Flag(string name, string description) => new(name) { Description = description };

    public static Option<bool> StrictImport() => Flag(Strict, "Write nothing if any seed is refused (exit code 1 instead of 3).");

    public static Option<bool> StrictBuild() => Flag(Strict, "Write nothing if any page cannot be read; the previous site is kept (exit code 1 instead of 3).");

    public static Option<bool> ForceImport() => Flag(Force, "Rewrite the pages of all seeds, even those an editor changed (their changes are lost).");

    public static Option<bool> FullBuild() => Flag(Full, "Render every page and index every article again, not only those that changed since the last build.");

    public static Option<bool> NoSearchIndex() => Flag(NoSearch, "Leave out the search index; the search page then says that search is unavailable.");

    private static Option<string> Folder(string name, string defaultValue, string description) => new(name)
    {
        Description = description,
        HelpName = "DIR",
        DefaultValueFactory = _ => defaultValue,
    };
}
