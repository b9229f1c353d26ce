using ArchiveSite.Core.Checking;

namespace ArchiveSite.Cli.Commands;

internal static class CheckCommand
{
    public static int Run(CommandLine line, TextWriter output, TextWriter errors)
    {
        var outputFolder = line.Folder("--output", "output");
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
