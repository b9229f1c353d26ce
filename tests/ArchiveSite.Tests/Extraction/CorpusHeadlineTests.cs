using System.Globalization;
using System.Text.RegularExpressions;

namespace ArchiveSite.Tests.Extraction;

/// <summary>Measures import's reading of headlines and dates on the shared annotated corpus, where it is
/// beside the repository; a fresh clone has none, and then there is nothing to measure.</summary>
public sealed partial class CorpusHeadlineTests
{
    [Fact]
    public async Task Eval_SharedCorpus_HeadlinesAndDatesAreRightInAtLeast95Percent()
    {
        var corpus = Path.GetFullPath(Path.Combine(RepositoryFiles.Root, "..", "shared", "corpus"));
        if (!Directory.Exists(corpus))
        {
            return;
        }

        using var output = new StringWriter();
        using var errors = new StringWriter();
        var code = await Cli.CliApp.RunAsync(["eval", "--corpus", corpus, "--input", Path.Combine(Path.GetTempPath(), "no-input")], output, errors, CancellationToken.None);

        Assert.True(code == 0, errors.ToString());
        var report = output.ToString();
        Assert.True(Accuracy(report, "title") >= 0.95, report);
        Assert.True(Accuracy(report, "date") >= 0.95, report);
    }

    private static double Accuracy(string report, string what)
    {
        var match = Regex.Match(report, $@"^{what} accuracy:\s+([0-9.]+)", RegexOptions.Multiline);
        Assert.True(match.Success, $"no {what} accuracy in: {report}");
        return double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
    }
}
