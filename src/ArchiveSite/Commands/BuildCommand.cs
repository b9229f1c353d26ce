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
    public static async Task<int> RunAsync(CommandOptions line, CliContext context, CancellationToken cancellationToken, string? themeAssets = null, InputCache? inputCache = null, SearchTermCache? searchTerms = null)
    {
        var (input, outputFolder, output, errors) = (line.Input, line.Output, context.Output, context.Errors);
        var settings = SiteConfig.Load(line);
        if (!Directory.Exists(input))
        {
            throw new DirectoryNotFoundException($"{input}: the input folder does not exist; give the site's input folder with --input, or run 'archivesite import' to make it from the seeds");
        }

        await using var theme = new RazorSiteTheme(themeAssets);
        await using var progress = context.Progress.Start("build");
        var options = new BuildOptions(input, outputFolder)
        {
            Settings = settings,
            PersonKey = Annotators.PersonKey(input),
            Strict = line.Strict,
            Full = line.Full,
            KeepApart = [line.Seeds],
            InputCache = inputCache,
            Search = !line.NoSearch,
            SearchTerms = searchTerms,
            Progress = progress,
        };
        var report = await new SiteBuilder(theme).BuildAsync(options, cancellationToken);
        await progress.DisposeAsync();
        foreach (var problem in report.Problems)
        {
            errors.WriteLine($"error: {problem}");
        }

        foreach (var warning in report.Warnings.Prepend(NoArticles(input)).OfType<string>())
        {
            errors.WriteLine($"warning: {warning}");
        }

        if (!report.Written)
        {
            errors.WriteLine($"build: {report.Problems.Count} page(s) cannot be read (listed above); with --strict nothing was written and the site built before is as it was. Fix them, or build without --strict to leave them out.");
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

    /// <summary>A warning when input/ has no article at all, which is most often the wrong folder given as --input.</summary>
    private static string? NoArticles(string input)
    {
        var articles = Path.Combine(input, InputLoader.ArticlesFolder);
        return Directory.Exists(articles) && Directory.EnumerateFiles(articles, "*.md", SearchOption.AllDirectories).Any()
            ? null
            : $"{input}: no articles found; they are read from {Path.Combine(articles, "**", "*.md")} (Markdown with front matter), so the site has only its index pages. Run 'archivesite import' to make them from seeds, or give the site's input folder with --input.";
    }
}
