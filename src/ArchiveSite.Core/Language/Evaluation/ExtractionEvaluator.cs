using ArchiveSite.Core.Language.Places;
using ArchiveSite.Core.Language.Text;

namespace ArchiveSite.Core.Language.Evaluation;

/// <summary>
/// Scores the extractor against a gold corpus: a folder of <c>NNN.txt</c> texts with <c>NNN.json</c> answers
/// (title, published, language, persons, places, organizations). Persons are compared as nominative
/// full names (a gold surname alone matches a full name with that surname); places and organisations
/// are compared together, as tags, after mapping both sides to the gazetteer's canonical names.
/// </summary>
public static class ExtractionEvaluator
{
    /// <param name="corpusDirectory">The folder with the <c>.txt</c> and <c>.json</c> files.</param>
    /// <param name="dataDirectory">The site's <c>input/_data</c> (persons.yml, tags.yml), or null.</param>
    /// <param name="reader">Turns (file name, text) into the annotator's input; by default <see cref="PlainTextReader"/>.
    /// Pass the seed parser here to measure the import path exactly.</param>
    /// <param name="titleAndDate">Optional: reads the headline and date of a (file name, text); when given,
    /// title and date accuracy are measured too.</param>
    public static EvaluationReport Evaluate(
        string corpusDirectory,
        string? dataDirectory = null,
        Func<string, string, AnnotationInput>? reader = null,
        Func<string, string, (string? Title, DateTimeOffset? Date)>? titleAndDate = null)
    {
        reader ??= PlainTextReader.Read;
        var files = Directory.GetFiles(corpusDirectory, "*.txt");
        Array.Sort(files, StringComparer.Ordinal);
        var inputs = new List<AnnotationInput>();
        var golds = new List<GoldDocument>();
        var texts = new List<string>();
        foreach (var file in files)
        {
            var goldPath = Path.ChangeExtension(file, ".json");
            if (!File.Exists(goldPath))
            {
                continue;
            }

            var text = File.ReadAllText(file);
            var gold = GoldDocument.Read(goldPath);
            // The language is the reader's own detection, as in import, not the gold answer's.
            var input = reader(Path.GetFileName(file), text);

            inputs.Add(input);
            golds.Add(gold);
            texts.Add(text);
        }

        var results = NewsAnnotator.Create(dataDirectory).Extract(inputs);
        var documents = new List<DocumentEvaluation>(inputs.Count);
        for (var i = 0; i < inputs.Count; i++)
        {
            var (title, date) = titleAndDate is null ? (null, null) : titleAndDate(inputs[i].Id, texts[i]);
            documents.Add(Compare(inputs[i], golds[i], results[i], titleAndDate is not null, title, date));
        }

        var part = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(corpusDirectory)));
        return new EvaluationReport([.. documents.Select(d => d with { Part = part })]);
    }

    /// <summary>Scores several corpus folders, each as its own batch (as separate archives would be), in one
    /// report whose figures are also given per folder.</summary>
    public static EvaluationReport Evaluate(
        IReadOnlyList<string> corpusDirectories,
        string? dataDirectory = null,
        Func<string, string, AnnotationInput>? reader = null,
        Func<string, string, (string? Title, DateTimeOffset? Date)>? titleAndDate = null)
    {
        var documents = new List<DocumentEvaluation>();
        foreach (var directory in corpusDirectories)
        {
            documents.AddRange(Evaluate(directory, dataDirectory, reader, titleAndDate).Documents);
        }

        return new EvaluationReport(documents);
    }

    private static DocumentEvaluation Compare(
        AnnotationInput input,
        GoldDocument gold,
        ExtractionResult result,
        bool measureTitleAndDate,
        string? title,
        DateTimeOffset? date)
    {
        var (persons, missedPersons, falsePersons) = Match(gold.Persons, result.Persons, PersonMatches);

        var language = input.Language;
        var goldTags = new List<string>();
        foreach (var name in gold.Places.Concat(gold.Organizations))
        {
            AddDistinct(goldTags, Gazetteer.Default.Canonical(name, language));
        }

        var predictedTags = new List<string>();
        foreach (var name in result.Places.Concat(result.Organizations))
        {
            AddDistinct(predictedTags, name);
        }

        var (tags, missedTags, falseTags) = Match(goldTags, predictedTags, (g, p) => Key(g) == Key(p));

        bool? titleRight = measureTitleAndDate && gold.Title is not null
            ? Key(gold.Title) == Key(title ?? string.Empty)
            : null;
        bool? dateRight = measureTitleAndDate && gold.Published is not null
            ? date is { } d && d.ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture)
                .StartsWith(gold.Published, StringComparison.Ordinal)
            : null;

        return new DocumentEvaluation(input.Id, persons, tags, missedPersons, falsePersons, missedTags, falseTags, titleRight, dateRight)
        {
            Language = language,
            FoundTitle = title,
            FoundDate = date?.ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture),
            GoldTitle = gold.Title,
            GoldDate = gold.Published,
        };
    }

    private static void AddDistinct(List<string> list, string name)
    {
        foreach (var existing in list)
        {
            if (Key(existing) == Key(name))
            {
                return;
            }
        }

        list.Add(name);
    }

    /// <summary>Greedy one-to-one matching of gold and predicted names.</summary>
    private static (Score Score, List<string> Missed, List<string> False) Match(
        IReadOnlyList<string> gold,
        IReadOnlyList<string> predicted,
        Func<string, string, bool> matches)
    {
        var used = new bool[predicted.Count];
        var missed = new List<string>();
        var truePositives = 0;
        var distinctGold = new List<string>();
        foreach (var name in gold)
        {
            AddDistinct(distinctGold, name);
        }

        foreach (var name in distinctGold)
        {
            var found = false;
            for (var i = 0; i < predicted.Count; i++)
            {
                if (!used[i] && matches(name, predicted[i]))
                {
                    used[i] = true;
                    found = true;
                    break;
                }
            }

            if (found)
            {
                truePositives++;
            }
            else
            {
                missed.Add(name);
            }
        }

        var falseHits = new List<string>();
        for (var i = 0; i < predicted.Count; i++)
        {
            if (!used[i])
            {
                falseHits.Add(predicted[i]);
            }
        }

        return (new Score(truePositives, falseHits.Count, missed.Count), missed, falseHits);
    }

    private static bool PersonMatches(string gold, string predicted)
    {
        var goldKey = Key(gold);
        var predictedKey = Key(predicted);
        if (goldKey == predictedKey)
        {
            return true;
        }

        // A gold surname alone matches a full name with that surname.
        return !goldKey.Contains(' ', StringComparison.Ordinal)
            && predictedKey.EndsWith(" " + goldKey, StringComparison.Ordinal);
    }

    /// <summary>Comparison key: lower case, ё → е, one kind of apostrophe and quote, single spaces.</summary>
    private static string Key(string name)
    {
        var key = TextNormalizer.Key(name.Trim());
        key = key.Replace('«', '"').Replace('»', '"').Replace('“', '"').Replace('”', '"').Replace('„', '"');
        return string.Join(' ', key.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
