using ArchiveSite.Core.Building;
using ArchiveSite.Core.Site;
using ArchiveSite.Theme;

namespace ArchiveSite.Cli.Commands;

internal static class BuildCommand
{
    public static async Task<int> RunAsync(CommandLine line, TextWriter output, TextWriter errors, CancellationToken cancellationToken)
    {
        var input = line.Folder("--input", "input");
        var outputFolder = line.Folder("--output", "output");
        var settings = SiteSettings.Default;
        if (line.Get("--base-url") is { } baseUrl)
        {
            settings = settings with { BasePath = BasePathOf(baseUrl) };
        }

        await using var theme = new RazorSiteTheme();
        var options = new BuildOptions(input, outputFolder)
        {
            Settings = settings,
            PersonKey = Annotators.PersonKey,
            Strict = line.Has("--strict"),
            KeepApart = [line.Folder("--seeds", "seeds")],
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

        output.WriteLine($"build: {report.Pages} page(s), {report.Files} file(s) written to {Path.GetRelativePath(Environment.CurrentDirectory, outputFolder)}");
        if (report.Problems.Count > 0)
        {
            return ExitCodes.CompletedWithProblems;
        }

        return ExitCodes.Success;
    }

    /// <summary>The path part of a base URL: "https://example.org/archive/" gives "/archive/".</summary>
    private static string BasePathOf(string baseUrl) =>
        Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri.AbsolutePath : baseUrl;
}
