using System.Globalization;
using System.Text;

namespace ArchiveSite.Core.Language.Evaluation;

/// <summary>The figures of a report per corpus folder, per language and per odd/even half, one row each.</summary>
internal static class EvaluationTable
{
    public static void Write(StringBuilder builder, EvaluationReport report)
    {
        builder.AppendLine("group              texts  persons P  R      places+orgs P  R   titles       dates");
        Row(builder, "all", report);
        var parts = report.Documents.Select(d => d.Part).Distinct().ToList();
        foreach (var part in parts)
        {
            var inPart = report.InPart(part);
            var prefix = parts.Count > 1 ? part + " " : string.Empty;
            if (parts.Count > 1)
            {
                Row(builder, part, inPart);
            }

            foreach (var language in new[] { "uk", "ru" })
            {
                Row(builder, prefix + language, inPart.InLanguage(language));
            }

            foreach (var half in new[] { "odd", "even" })
            {
                Row(builder, prefix + half, inPart.InHalf(half));
            }
        }

        if (parts.Count > 1)
        {
            foreach (var language in new[] { "uk", "ru" })
            {
                Row(builder, "all " + language, report.InLanguage(language));
            }
        }
    }

    private static void Row(StringBuilder builder, string name, EvaluationReport report)
    {
        if (report.Documents.Count == 0)
        {
            return;
        }

        var culture = CultureInfo.InvariantCulture;
        builder.AppendLine(culture, $"{name,-18} {report.Documents.Count,5}  {report.Persons.Precision,9:0.000} {report.Persons.Recall,6:0.000}  {report.Tags.Precision,13:0.000} {report.Tags.Recall,6:0.000}  {Fraction(report.Count(d => d.TitleRight)),-11}  {Fraction(report.Count(d => d.DateRight))}");
    }

    private static string Fraction((int Right, int All) count) =>
        count.All == 0 ? "-" : FormattableString.Invariant($"{(double)count.Right / count.All:0.000} {count.Right}/{count.All}");
}
