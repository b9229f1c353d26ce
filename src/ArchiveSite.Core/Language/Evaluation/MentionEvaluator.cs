using System.Text.Json;

namespace ArchiveSite.Core.Language.Evaluation;

/// <summary>Mention-level person scores: exact spans, as in the ner-uk corpus.</summary>
public sealed record MentionEvaluationReport(Score Persons, int Texts, IReadOnlyList<string> Misses, IReadOnlyList<string> FalseHits)
{
    public string Format(int maxListed = 200)
    {
        var builder = new System.Text.StringBuilder();
        builder.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"texts: {Texts}");
        builder.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"person mentions (exact span): {Persons}");
        foreach (var miss in Misses.Take(maxListed))
        {
            builder.AppendLine("  missed: " + miss);
        }

        foreach (var hit in FalseHits.Take(maxListed))
        {
            builder.AppendLine("  false:  " + hit);
        }

        return builder.ToString();
    }
}

/// <summary>
/// Scores person mentions against JSON lines with <c>text</c>, <c>file</c> and gold
/// <c>persons: [[start, end, surface], ...]</c> (code point offsets), e.g. the ner-uk development split.
/// </summary>
public static class MentionEvaluator
{
    /// <param name="jsonlPath">The gold file.</param>
    /// <param name="filePrefix">Only lines whose <c>file</c> starts with this are scored ("ng/" for news); null for all.</param>
    public static MentionEvaluationReport Evaluate(string jsonlPath, string? filePrefix = "ng/")
    {
        var texts = new List<string>();
        var golds = new List<List<(int Start, int End, string Surface)>>();
        var names = new List<string>();
        foreach (var line in File.ReadLines(jsonlPath))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            var file = root.TryGetProperty("file", out var f) ? f.GetString() ?? string.Empty : string.Empty;
            if (filePrefix is not null && !file.StartsWith(filePrefix, StringComparison.Ordinal))
            {
                continue;
            }

            texts.Add(root.GetProperty("text").GetString() ?? string.Empty);
            names.Add(file);
            var gold = new List<(int, int, string)>();
            foreach (var person in root.GetProperty("persons").EnumerateArray())
            {
                gold.Add((person[0].GetInt32(), person[1].GetInt32(), person[2].GetString() ?? string.Empty));
            }

            golds.Add(gold);
        }

        var predicted = EntityExtractor.Extract(texts);
        var total = new Score(0, 0, 0);
        var misses = new List<string>();
        var falseHits = new List<string>();
        for (var i = 0; i < texts.Count; i++)
        {
            var goldSpans = new HashSet<(int, int)>();
            foreach (var (start, end, _) in golds[i])
            {
                goldSpans.Add((start, end));
            }

            var predictedSpans = new HashSet<(int, int)>();
            foreach (var mention in predicted[i])
            {
                if (mention.Type == EntityType.Person)
                {
                    predictedSpans.Add((mention.Start, mention.End));
                    if (!goldSpans.Contains((mention.Start, mention.End)))
                    {
                        falseHits.Add($"{names[i]}: {mention.Surface} → {mention.Nominative}");
                    }
                }
            }

            var truePositives = 0;
            foreach (var (start, end, surface) in golds[i])
            {
                if (predictedSpans.Contains((start, end)))
                {
                    truePositives++;
                }
                else
                {
                    misses.Add($"{names[i]}: {surface}");
                }
            }

            total = total.Add(new Score(truePositives, predictedSpans.Count - CountIn(predictedSpans, goldSpans), goldSpans.Count - truePositives));
        }

        return new MentionEvaluationReport(total, texts.Count, misses, falseHits);
    }

    private static int CountIn(HashSet<(int, int)> predicted, HashSet<(int, int)> gold)
    {
        var count = 0;
        foreach (var span in predicted)
        {
            if (gold.Contains(span))
            {
                count++;
            }
        }

        return count;
    }
}
