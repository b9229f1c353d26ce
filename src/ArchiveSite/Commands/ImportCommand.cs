using ArchiveSite.Core.Import;

namespace ArchiveSite.Cli.Commands;

internal static class ImportCommand
{
    public static async Task<int> RunAsync(CommandOptions line, CliContext context, CancellationToken cancellationToken)
    {
        var (seeds, input, errors) = (line.Seeds, line.Input, context.Errors);
        var settings = SiteConfig.Load(line);
        if (!Directory.Exists(seeds))
        {
            throw new DirectoryNotFoundException($"{seeds}: the seeds folder does not exist; put the seed documents (*.txt) there, or give their folder with --seeds");
        }

        var importer = new SeedImporter(Annotators.Create(input));
        ImportReport report;
        ImportOptions options;
        await using (var progress = context.Progress.Start("import"))
        {
            options = new ImportOptions(seeds, input, Force: line.Force, Strict: line.Strict)
            {
                TimeZone = TimeZoneInfo.FindSystemTimeZoneById(settings.TimeZone),
                Progress = progress,
            };
            report = await importer.ImportAsync(options, cancellationToken);
        }

        foreach (var problem in report.Problems)
        {
            errors.WriteLine($"{(problem.IsError ? "error" : "warning")}: {problem.Message}");
        }

        var written = report.Pages.Count(p => p.Outcome == ImportOutcome.Written);
        var unchanged = report.Pages.Count(p => p.Outcome == ImportOutcome.Unchanged);
        var kept = report.Pages.Count(p => p.Outcome == ImportOutcome.Kept);
        var merged = report.Pages.Count(p => p.Outcome == ImportOutcome.Merged);
        var refused = report.Problems.Count(p => p.IsError);
        if (options.Strict && refused > 0)
        {
            errors.WriteLine($"import: {refused} seed(s) refused (listed above); with --strict nothing was written. Fix them, or import without --strict to skip them.");
            return ExitCodes.Failure;
        }

        Annotators.WriteMissingData(input);
        context.Output.WriteLine($"import: {report.Pages.Length} page(s) from {Display(seeds)} into {Display(input)}: {written} written, {unchanged} unchanged, {kept} kept as edited, {merged} merged with edits; {refused} seed(s) refused");
        return refused > 0 ? ExitCodes.CompletedWithProblems : ExitCodes.Success;
    }

    private static string Display(string path) => Path.GetRelativePath(Environment.CurrentDirectory, path);
}
