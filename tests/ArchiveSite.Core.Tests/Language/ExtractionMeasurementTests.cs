using ArchiveSite.Core.Language.Evaluation;
using Xunit.Abstractions;

namespace ArchiveSite.Core.Tests.Language;

/// <summary>
/// Scores on the shared corpora beside the repository (../shared/corpus, ../shared/ner-uk). They are not part
/// of the repository: on a clone without them these tests return at once. The floors guard against regressions;
/// the figures are written to the test output (dotnet test --logger "console;verbosity=detailed").
/// </summary>
public sealed class ExtractionMeasurementTests
{
    private readonly ITestOutputHelper _output;

    public ExtractionMeasurementTests(ITestOutputHelper output)
    {
        _output = output;
    }

    private static string? NerUkDev
    {
        get
        {
            var path = Path.GetFullPath(Path.Combine(RepositoryFiles.Root, "..", "shared", "ner-uk", "ner-uk-dev.jsonl"));
            return File.Exists(path) ? path : null;
        }
    }

    [Fact]
    public void Evaluate_SharedCorpus_PersonsAndTagsAboveFloor()
    {
        if (RepositoryFiles.SharedCorpus is not { } corpus)
        {
            return;
        }

        var report = ExtractionEvaluator.Evaluate(corpus);
        _output.WriteLine(report.Format());

        Assert.True(report.Persons.Precision >= 0.95, report.Format());
        Assert.True(report.Persons.Recall >= 0.92, report.Format());
        Assert.True(report.Tags.F1 >= 0.80, report.Format());
    }

    [Fact]
    public void Evaluate_NerUkNewsPart_PersonMentionF1AboveTarget()
    {
        if (NerUkDev is not { } path)
        {
            return;
        }

        var report = MentionEvaluator.Evaluate(path, "ng/");
        _output.WriteLine(report.Format(0));

        Assert.True(report.Persons.F1 >= 0.93, report.Format(20));
    }
}
