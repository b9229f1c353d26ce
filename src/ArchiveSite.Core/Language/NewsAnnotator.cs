using ArchiveSite.Core.Language.Persons;
using ArchiveSite.Core.Language.Places;
using ArchiveSite.Core.Language.Topics;
using ArchiveSite.Core.Yaml;

namespace ArchiveSite.Core.Language;

/// <summary>
/// Finds the persons (full names in the nominative, in the article's language) and tags (places,
/// organisations and topics, most relevant first) of Ukrainian and Russian news articles, with rules
/// and word lists shipped in the assembly plus the site's <c>input/_data/persons.yml</c> and <c>tags.yml</c>.
/// </summary>
public sealed class NewsAnnotator : IArticleAnnotator
{
    private const int MaxTags = 8;
    private const int MinTags = 2;
    private const double TopicScoreCap = 4.5;
    private const double MinTagScore = 1.5;

    private readonly ArticleAnalyzer _analyzer;
    private readonly PersonResolver _resolver;
    private readonly TopicVocabulary _topics;

    private NewsAnnotator(PersonAuthority authority, TopicVocabulary topics)
    {
        _topics = topics;
        var finder = new PersonFinder(GivenNameLexicon.Default, SurnameNormalizer.Default, Gazetteer.Default, authority.AllNames());
        var matcher = new SurnameMatcher(SurnameNormalizer.Default);
        _analyzer = new ArticleAnalyzer(Gazetteer.Default, finder, matcher, topics, authority.IsExcluded);
        _resolver = new PersonResolver(authority, matcher, GivenNameLexicon.Default);
    }

    /// <summary>
    /// An annotator with the built-in data merged with <c>persons.yml</c> and <c>tags.yml</c> from
    /// <paramref name="dataDirectory"/> (the site's <c>input/_data</c>; it may be null or absent).
    /// </summary>
    public static NewsAnnotator Create(string? dataDirectory)
    {
        // The word tables load on other threads while the YAML files are read.
        var tables = Task.WhenAll(
            Task.Run(() => GivenNameLexicon.Default),
            Task.Run(() => Gazetteer.Default),
            Task.Run(() => SurnameNormalizer.Default));
        var persons = new List<YamlText> { DataResources.BuiltIn(AnnotatorData.PersonsFileName) };
        var tags = new List<YamlText> { DataResources.BuiltIn(AnnotatorData.TagsFileName) };
        if (AnnotatorData.ReadSiteFile(dataDirectory, AnnotatorData.PersonsFileName) is { } sitePersons)
        {
            persons.Add(sitePersons);
        }

        if (AnnotatorData.ReadSiteFile(dataDirectory, AnnotatorData.TagsFileName) is { } siteTags)
        {
            tags.Add(siteTags);
        }

        var authority = PersonAuthority.FromYaml(persons);
        var topics = TopicVocabulary.FromYaml(tags);
        tables.GetAwaiter().GetResult();
        return new NewsAnnotator(authority, topics);
    }

    public IReadOnlyList<ArticleAnnotation> Annotate(IReadOnlyList<AnnotationInput> articles)
    {
        var results = Extract(articles);
        var annotations = new ArticleAnnotation[results.Count];
        for (var i = 0; i < results.Count; i++)
        {
            annotations[i] = new ArticleAnnotation(results[i].Persons, results[i].Tags);
        }

        return annotations;
    }

    /// <summary>Persons, tags and the places and organisations behind them, per article.</summary>
    internal IReadOnlyList<ExtractionResult> Extract(IReadOnlyList<AnnotationInput> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var analyses = new ArticleAnalysis[articles.Count];
        Parallel.For(0, articles.Count, i =>
        {
            var article = articles[i];
            var language = article.Language is LanguageDetector.Russian or LanguageDetector.Ukrainian
                ? article.Language
                : LanguageDetector.Detect(string.Join('\n', article.Paragraphs));
            analyses[i] = _analyzer.Analyze(new ArticleText(article), language);
        });

        _resolver.Resolve(analyses);
        var thresholds = TopicThresholds(analyses);
        var results = new ExtractionResult[analyses.Length];
        for (var i = 0; i < analyses.Length; i++)
        {
            results[i] = Summarize(analyses[i], thresholds);
        }

        return results;
    }

    /// <summary>The analyses of plain texts (no title or sections), read as one batch, for mention-level output.</summary>
    internal IReadOnlyList<ArticleAnalysis> AnalyzeTexts(IReadOnlyList<string> texts)
    {
        var analyses = new ArticleAnalysis[texts.Count];
        Parallel.For(0, texts.Count, i => analyses[i] = _analyzer.Analyze(new ArticleText(texts[i]), LanguageDetector.Detect(texts[i])));
        _resolver.Resolve(analyses);
        return analyses;
    }

    /// <summary>How often a topic's words must recur in the body when the headline and lead do not name it.</summary>
    private const int BodyTopicCount = 4;

    /// <summary>Below this many articles a batch says nothing about how common a topic is.</summary>
    private const int MinimumBatchForSpread = 9;

    /// <summary>
    /// Per topic, the count an article needs to carry it as a tag. A topic that would fall on more than a third of
    /// the batch tells a reader nothing there; it is kept on the third of articles that name it most.
    /// </summary>
    private int[] TopicThresholds(ArticleAnalysis[] analyses)
    {
        var thresholds = new int[_topics.Topics.Count];
        for (var t = 0; t < thresholds.Length; t++)
        {
            var counts = new List<int>();
            foreach (var analysis in analyses)
            {
                if (IsCentral(analysis, t))
                {
                    counts.Add(analysis.TopicCounts[t]);
                }
            }

            var third = analyses.Length / 3;
            if (analyses.Length >= MinimumBatchForSpread && counts.Count > third)
            {
                counts.Sort(static (a, b) => b.CompareTo(a));
                thresholds[t] = counts[third] + 1;
            }
        }

        return thresholds;
    }

    /// <summary>A topic tells the reader something when it is central: named in the headline or lead, or repeated
    /// through the body; one passing word in a long text is not enough.</summary>
    private bool IsCentral(ArticleAnalysis analysis, int topic)
    {
        var count = analysis.TopicCounts[topic];
        var minimum = _topics.Topics[topic].MinimumCount;
        return count >= minimum && (analysis.CentralTopicCounts[topic] > 0 || count >= Math.Max(BodyTopicCount, minimum));
    }

    private ExtractionResult Summarize(ArticleAnalysis analysis, int[] topicThresholds)
    {
        var persons = new List<string>();
        foreach (var person in analysis.Persons)
        {
            // A surname never tied to a full name does not make a person page; initials with a surname name
            // the person as written ("В. Набока").
            var name = person.HasFullName ? person.Name : person.Initial is { } initial ? initial + " " + person.Name : null;
            if (name is not null && !persons.Contains(name))
            {
                persons.Add(name);
            }
        }

        var places = new List<string>();
        var organizations = new List<string>();
        var scores = new Dictionary<string, (double Score, int First)>(StringComparer.Ordinal);
        foreach (var match in analysis.Places)
        {
            var name = match.Entry.Canonical;
            var list = match.Entry.Kind == PlaceKind.Place ? places : organizations;
            if (!list.Contains(name))
            {
                list.Add(name);
            }

            if (match.Entry.Kind == PlaceKind.Media)
            {
                continue;
            }

            var weight = Weight(analysis.Text.SectionAt(analysis.Tokens[match.First].Start));
            var old = scores.GetValueOrDefault(name, (0, match.First));
            scores[name] = (old.Score + weight, old.First);
        }

        for (var t = 0; t < analysis.TopicCounts.Length; t++)
        {
            var topic = _topics.Topics[t];
            if (IsCentral(analysis, t) && analysis.TopicCounts[t] >= topicThresholds[t])
            {
                // A topic word signals less than a name does, and a long article repeats its topic words:
                // the score grows slowly with the count and is capped below a much-named place.
                var score = Math.Min(TopicScoreCap, 1.5 + (0.5 * analysis.TopicCounts[t]));
                scores[topic.NameFor(analysis.Language)] = (score, int.MaxValue - 1000 + t);
            }
        }

        var ranked = new List<(string Tag, double Score, int First)>();
        foreach (var (tag, (score, first)) in scores)
        {
            if (IsPersonName(tag, persons))
            {
                continue;
            }

            ranked.Add((tag, score, first));
        }

        ranked.Sort(static (a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : a.First.CompareTo(b.First));
        var tags = new List<string>();
        foreach (var (tag, score, _) in ranked)
        {
            // A name met once in the body is background; it is a tag only to reach the minimum.
            if (tags.Count >= MaxTags || (score < MinTagScore && tags.Count >= MinTags))
            {
                break;
            }

            tags.Add(tag);
        }

        return new ExtractionResult(persons, tags, places, organizations);
    }

    private static bool IsPersonName(string tag, List<string> persons)
    {
        foreach (var person in persons)
        {
            if (string.Equals(person, tag, StringComparison.OrdinalIgnoreCase)
                || person.EndsWith(" " + tag, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static double Weight(ArticleSection section) => section switch
    {
        ArticleSection.Title => 2.0,
        ArticleSection.Subtitle => 1.5,
        ArticleSection.Lead => 1.5,
        ArticleSection.CrossReference => 0.4,
        _ => 1.0,
    };
}

/// <summary>One article's extraction: persons and tags for the page, places and organisations for measurement.</summary>
internal sealed record ExtractionResult(
    IReadOnlyList<string> Persons,
    IReadOnlyList<string> Tags,
    IReadOnlyList<string> Places,
    IReadOnlyList<string> Organizations);
