using ArchiveSite.Core.Import;

namespace ArchiveSite.Cli.Commands;

internal static class ImportCommand
{
    public static async Task<int> RunAsync(CommandLine line, TextWriter output, TextWriter errors, CancellationToken cancellationToken)
    {
        var seeds = line.Folder("--seeds", "seeds");
        var input = line.Folder("--input", "input");
        var settings = SiteConfig.Load(line);
        var options = new ImportOptions(seeds, input, Force: line.Has("--force"), Strict: line.Has("--strict"))
        {
            TimeZone = TimeZoneInfo.FindSystemTimeZoneById(settings.TimeZone),
        };
        var importer = new SeedImporter(Annotators.Create(input));
        var report = await importer.ImportAsync(options, cancellationToken);
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
            errors.WriteLine($"import: {refused} seed(s) refused; --strict: nothing written");
            return ExitCodes.Failure;
        }

        Annotators.WriteMissingData(input);
        output.WriteLine($"import: {report.Pages.Length} page(s) from {Display(seeds)} into {Display(input)}: {written} written, {unchanged} unchanged, {kept} kept as edited, {merged} merged with edits; {refused} seed(s) refused");
        return refused > 0 ? ExitCodes.CompletedWithProblems : ExitCodes.Success;
    }

    private static string Display(string path) => Path.GetRelativePath(Environment.CurrentDirectory, path);
}
