using System.Globalization;
using System.Text;

namespace ArchiveSite.Core.Language.Evaluation;

/// <summary>Scores of the extractor over a gold corpus, in total and per text.</summary>
public sealed record EvaluationReport(IReadOnlyList<DocumentEvaluation> Documents)
{
    public Score Persons => Sum(d => d.Persons);

    /// <summary>Places and organisations together, compared as tags.</summary>
    public Score Tags => Sum(d => d.Tags);

    /// <summary>Share of texts with a gold title whose title was read right; null without a title reader.</summary>
    public double? TitleAccuracy => Accuracy(d => d.TitleRight);

    /// <summary>Share of texts with a gold date whose date was read right; null without a date reader.</summary>
    public double? DateAccuracy => Accuracy(d => d.DateRight);

    /// <summary>A plain-text report: totals, then every miss and false hit per text.</summary>
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

        foreach (var document in Documents)
        {
            if (document.MissedPersons.Count + document.FalsePersons.Count + document.MissedTags.Count
                + document.FalseTags.Count == 0 && document.TitleRight != false && document.DateRight != false)
            {
                continue;
            }

            builder.AppendLine();
            builder.AppendLine(culture, $"{document.Name}:");
            Line(builder, "  missed person:   ", document.MissedPersons);
            Line(builder, "  false person:    ", document.FalsePersons);
            Line(builder, "  missed tag:      ", document.MissedTags);
            Line(builder, "  false tag:       ", document.FalseTags);
            if (document.TitleRight == false)
            {
                builder.AppendLine("  title wrong");
            }

            if (document.DateRight == false)
            {
                builder.AppendLine("  date wrong");
            }
        }

        return builder.ToString();
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

        return all == 0 ? null : (double)right / all;
    }
}
