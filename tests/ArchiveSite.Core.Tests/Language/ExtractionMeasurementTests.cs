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

        Assert.True(report.Persons.Precision >= 0.97, report.Format());
        Assert.True(report.Persons.Recall >= 0.96, report.Format());
        Assert.True(report.Tags.F1 >= 0.89, report.Format());
    }

    /// <summary>Floors per language on the second corpus (pages the stage was not first written for), read as
    /// plain text; raised as the stage improves, never lowered.</summary>
    [Theory]
    [InlineData("uk", 0.96, 0.92, 0.885, 0.675)]
    [InlineData("ru", 0.96, 0.87, 0.865, 0.655)]
    public void Evaluate_SharedCorpus2_PersonsAndTagsAboveFloorPerLanguage(string language, double personPrecision, double personRecall, double tagPrecision, double tagRecall)
    {
        if (RepositoryFiles.SharedCorpus2 is not { } corpus)
        {
            return;
        }

        var report = ExtractionEvaluator.Evaluate(corpus).InLanguage(language);
        _output.WriteLine(report.Format());

        Assert.True(report.Persons.Precision >= personPrecision, report.Format());
        Assert.True(report.Persons.Recall >= personRecall, report.Format());
        Assert.True(report.Tags.Precision >= tagPrecision, report.Format());
        Assert.True(report.Tags.Recall >= tagRecall, report.Format());
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

        Assert.True(report.Persons.F1 >= 0.96, report.Format(20));
    }
}
