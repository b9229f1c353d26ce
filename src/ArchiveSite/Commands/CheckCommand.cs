using ArchiveSite.Core.Checking;

namespace ArchiveSite.Cli.Commands;

internal static class CheckCommand
{
    public static int Run(CommandOptions line, CliContext context)
    {
        var (outputFolder, output, errors) = (line.Output, context.Output, context.Errors);
        var settings = SiteConfig.Load(line);
        var report = SiteChecker.Check(outputFolder, settings.BaseUrl);
        foreach (var problem in report.Problems)
        {
            errors.WriteLine($"problem: {problem}");
        }

        output.WriteLine($"check: {report.Pages} page(s), {report.Links} link(s), {report.Feeds} feed(s) in {Path.GetRelativePath(Environment.CurrentDirectory, outputFolder)} for {settings.BaseUrl}: {report.Problems.Count} problem(s)");
        return report.Problems.Count == 0 ? ExitCodes.Success : ExitCodes.Failure;
    }
}
