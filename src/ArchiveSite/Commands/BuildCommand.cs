using ArchiveSite.Core.Building;
using ArchiveSite.Core.Content;
using ArchiveSite.Core.Search;
using ArchiveSite.Theme;

namespace ArchiveSite.Cli.Commands;

internal static class BuildCommand
{
    /// <param name="themeAssets">A folder to read the theme's assets from instead of the app (serve's live CSS).</param>
    /// <param name="inputCache">Pages read by earlier builds of this process (serve's rebuilds).</param>
    /// <param name="searchTerms">The search keys of the articles those builds read.</param>
    public static async Task<int> RunAsync(CommandLine line, TextWriter output, TextWriter errors, CancellationToken cancellationToken, string? themeAssets = null, InputCache? inputCache = null, SearchTermCache? searchTerms = null)
    {
        var input = line.Folder("--input", "input");
        var outputFolder = line.Folder("--output", "output");
        var settings = SiteConfig.Load(line);
        await using var theme = new RazorSiteTheme(themeAssets);
        var options = new BuildOptions(input, outputFolder)
        {
            Settings = settings,
            PersonKey = Annotators.PersonKey(input),
            Strict = line.Has("--strict"),
            Full = line.Has("--full"),
            KeepApart = [line.Folder("--seeds", "seeds")],
            InputCache = inputCache,
            Search = !line.Has("--no-search"),
            SearchTerms = searchTerms,
        };
        var report = await new SiteBuilder(theme).BuildAsync(options, cancellationToken);
        foreach (var problem in report.Problems)
        {
            errors.WriteLine($"error: {problem}");
        }

        foreach (var warning in report.Warnings)
        {
            errors.WriteLine($"warning: {warning}");
        }

        if (!report.Written)
        {
            errors.WriteLine("build: --strict: nothing written; the previous output is kept");
            return ExitCodes.Failure;
        }

        var written = report.Incremental
            ? $"{report.Rendered} page(s) rendered again, {report.Changed} file(s) changed in"
            : "written to";
        output.WriteLine($"build: {report.Pages} page(s), {report.Files} file(s) {written} {Path.GetRelativePath(Environment.CurrentDirectory, outputFolder)}");
        if (report.Search is { } search)
        {
            output.WriteLine($"search: {search.Documents} article(s), {search.Keys} key(s) in {search.Files} file(s) of {search.Bytes / 1024.0:0.#} KiB, {search.Changed} written");
        }

        if (report.Problems.Count > 0)
        {
            return ExitCodes.CompletedWithProblems;
        }

        return ExitCodes.Success;
    }
}
