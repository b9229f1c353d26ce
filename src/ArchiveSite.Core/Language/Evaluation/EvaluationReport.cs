using System.Globalization;
using System.Text;

namespace ArchiveSite.Core.Language.Evaluation;

/// <summary>Scores of the extractor over a gold corpus, in total, per group of texts and per text.</summary>
public sealed record EvaluationReport(IReadOnlyList<DocumentEvaluation> Documents)
{
    public Score Persons => Sum(d => d.Persons);

    /// <summary>Places and organisations together, compared as tags.</summary>
    public Score Tags => Sum(d => d.Tags);

    /// <summary>Share of texts with a gold title whose title was read right; null without a title reader.</summary>
    public double? TitleAccuracy => Accuracy(d => d.TitleRight);

    /// <summary>Share of texts with a gold date whose date was read right; null without a date reader.</summary>
    public double? DateAccuracy => Accuracy(d => d.DateRight);

    /// <summary>The report over the texts that pass <paramref name="keep"/>.</summary>
    public EvaluationReport Where(Func<DocumentEvaluation, bool> keep) => new([.. Documents.Where(keep)]);

    /// <summary>The texts in one language (<c>uk</c> or <c>ru</c>, as detected).</summary>
    public EvaluationReport InLanguage(string language) => Where(d => d.Language == language);

    /// <summary>The odd- or even-numbered texts.</summary>
    public EvaluationReport InHalf(string half) => Where(d => d.Half == half);

    /// <summary>The texts of one corpus folder.</summary>
    public EvaluationReport InPart(string part) => Where(d => d.Part == part);

    /// <summary>A plain-text report: totals, the figures per group, then every miss and false hit per text.</summary>
    public string Format()
    {
        var builder = new StringBuilder();
        var culture = CultureInfo.InvariantCulture;
        builder.AppendLine(culture, $"texts: {Documents.Count}");
        builder.AppendLine(culture, $"persons:               {Persons}");
        builder.AppendLine(culture, $"places+organisations:  {Tags}");
        if (TitleAccuracy is { } title)
        {
            builder.AppendLine(culture, $"title accuracy:        {title:0.000}");
        }

        if (DateAccuracy is { } date)
        {
            builder.AppendLine(culture, $"date accuracy:         {date:0.000}");
        }

        builder.AppendLine();
        EvaluationTable.Write(builder, this);

        foreach (var document in Documents)
        {
            var unstatedDate = document.GoldDate is null && document.FoundDate is not null;
            if (document.MissedPersons.Count + document.FalsePersons.Count + document.MissedTags.Count
                + document.FalseTags.Count == 0 && document.TitleRight != false && document.DateRight != false && !unstatedDate)
            {
                continue;
            }

            builder.AppendLine();
            builder.AppendLine(culture, $"{document.Part}/{document.Name} ({document.Language}):");
            Line(builder, "  missed person:   ", document.MissedPersons);
            Line(builder, "  false person:    ", document.FalsePersons);
            Line(builder, "  missed tag:      ", document.MissedTags);
            Line(builder, "  false tag:       ", document.FalseTags);
            if (document.TitleRight == false)
            {
                builder.AppendLine(culture, $"  title wrong:     {document.FoundTitle ?? "(none)"}  ≠  {document.GoldTitle}");
            }

            if (document.DateRight == false)
            {
                builder.AppendLine(culture, $"  date wrong:      {document.FoundDate ?? "(none)"}  ≠  {document.GoldDate}");
            }

            if (unstatedDate)
            {
                builder.AppendLine(culture, $"  date not stated: {document.FoundDate} was read where the text states none");
            }
        }

        return builder.ToString();
    }

    /// <summary>Right answers and questions asked, for titles or dates.</summary>
    internal (int Right, int All) Count(Func<DocumentEvaluation, bool?> pick)
    {
        var right = 0;
        var all = 0;
        foreach (var document in Documents)
        {
            if (pick(document) is { } value)
            {
                all++;
                right += value ? 1 : 0;
            }
        }

        return (right, all);
    }

    private static void Line(StringBuilder builder, string label, IReadOnlyList<string> names)
    {
        if (names.Count > 0)
        {
            builder.Append(label).AppendLine(string.Join(" | ", names));
        }
    }

    private Score Sum(Func<DocumentEvaluation, Score> pick)
    {
        var total = new Score(0, 0, 0);
        foreach (var document in Documents)
        {
            total = total.Add(pick(document));
        }

        return total;
    }

    private double? Accuracy(Func<DocumentEvaluation, bool?> pick)
    {
        var (right, all) = Count(pick);
        return all == 0 ? null : (double)right / all;
    }
}
