using System.Globalization;
using System.Text.RegularExpressions;

namespace ArchiveSite.Tests.Extraction;

/// <summary>Measures import's reading of headlines and dates on the shared annotated corpus, where it is
/// beside the repository; a fresh clone has none, and then there is nothing to measure.</summary>
public sealed partial class CorpusHeadlineTests
{
    [Theory]
    [InlineData("corpus")]
    [InlineData("corpus2")]
    public async Task Eval_SharedCorpus_HeadlinesAndDatesAreRightInAtLeast95Percent(string folder)
    {
        if (await EvalAsync(folder) is not { } report)
        {
            return;
        }

        Assert.True(Accuracy(report, "title") >= 0.95, report);
        Assert.True(Accuracy(report, "date") >= 0.95, report);
    }

    /// <summary>Floors per language on the second corpus as import reads it; raised as extraction improves.</summary>
    [Theory]
    [InlineData("uk", 0.95, 0.87, 0.88, 0.63)]
    [InlineData("ru", 0.95, 0.82, 0.85, 0.60)]
    public async Task Eval_SharedCorpus2_PersonsAndPlacesPerLanguageAboveFloor(string language, double personPrecision, double personRecall, double placePrecision, double placeRecall)
    {
        if (await EvalAsync("corpus2") is not { } report)
        {
            return;
        }

        var row = Regex.Match(report, $@"^{language}\s+\d+\s+([0-9.]+)\s+([0-9.]+)\s+([0-9.]+)\s+([0-9.]+)", RegexOptions.Multiline);
        Assert.True(row.Success, $"no {language} row in: {report}");
        double Figure(int group) => double.Parse(row.Groups[group].Value, CultureInfo.InvariantCulture);
        Assert.True(Figure(1) >= personPrecision, report);
        Assert.True(Figure(2) >= personRecall, report);
        Assert.True(Figure(3) >= placePrecision, report);
        Assert.True(Figure(4) >= placeRecall, report);
    }

    private static double Accuracy(string report, string what)
    {
        var match = Regex.Match(report, $@"^{what} accuracy:\s+([0-9.]+)", RegexOptions.Multiline);
        Assert.True(match.Success, $"no {what} accuracy in: {report}");
        return double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
    }

    /// <summary>The eval report on a folder of ../shared, or null where a fresh clone has none.</summary>
    private static async Task<string?> EvalAsync(string folder)
    {
        var corpus = Path.GetFullPath(Path.Combine(RepositoryFiles.Root, "..", "shared", folder));
        if (!Directory.Exists(corpus))
        {
            return null;
        }

        using var output = new StringWriter();
        using var errors = new StringWriter();
        var code = await Cli.CliApp.RunAsync(["eval", "--corpus", corpus, "--input", Path.Combine(Path.GetTempPath(), "no-input")], output, errors, CancellationToken.None);
        Assert.True(code == 0, errors.ToString());
        return output.ToString();
    }
}
