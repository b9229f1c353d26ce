using System.Collections.Frozen;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace ArchiveSite.Core.Language.Topics;

/// <summary>One topic tag of the controlled vocabulary and the word beginnings that signal it.</summary>
internal sealed record Topic(string Tag, IReadOnlyList<string> Stems, int MinimumCount);

/// <summary>
/// The controlled vocabulary of topic tags (<c>tags.yml</c>): the built-in defaults merged with the
/// site's <c>input/_data/tags.yml</c>. A word signals a topic when it starts with one of the topic's stems.
/// </summary>
internal sealed class TopicVocabulary
{
    private const int MinimumStemLength = 2;

    private static readonly Lazy<TopicVocabulary> s_default = new(() => FromYaml([DataResources.ReadText("tags.yml")]));

    private readonly FrozenDictionary<string, int[]> _stems;
    private readonly FrozenDictionary<string, int[]> _exact;
    private readonly int _longestStem;

    private TopicVocabulary(
        IReadOnlyList<Topic> topics,
        FrozenDictionary<string, int[]> stems,
        FrozenDictionary<string, int[]> exact,
        int longestStem)
    {
        Topics = topics;
        _stems = stems;
        _exact = exact;
        _longestStem = longestStem;
    }

    public static TopicVocabulary Default => s_default.Value;

    public IReadOnlyList<Topic> Topics { get; }

    /// <summary>The vocabulary of the built-in file merged with the given YAML texts, in order.</summary>
    public static TopicVocabulary FromYaml(IEnumerable<string> yamlTexts)
    {
        var deserializer = new DeserializerBuilder()
            .WithNamingConvention(UnderscoredNamingConvention.Instance)
            .IgnoreUnmatchedProperties()
            .Build();
        var order = new List<string>();
        var stems = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var minimum = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var yaml in yamlTexts)
        {
            var items = deserializer.Deserialize<List<TopicYaml>?>(yaml) ?? [];
            foreach (var item in items)
            {
                var tag = item.Tag?.Trim();
                if (string.IsNullOrEmpty(tag))
                {
                    continue;
                }

                if (!stems.TryGetValue(tag, out var list))
                {
                    list = [];
                    stems[tag] = list;
                    order.Add(tag);
                }

                foreach (var stem in item.Stems ?? [])
                {
                    var value = stem.Trim().ToLowerInvariant();
                    if (value.Length >= MinimumStemLength && !list.Contains(value))
                    {
                        list.Add(value);
                    }
                }

                if (item.Min is > 0)
                {
                    minimum[tag] = item.Min.Value;
                }
            }
        }

        var topics = new List<Topic>(order.Count);
        var index = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var exact = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var longest = 0;
        foreach (var tag in order)
        {
            var topicIndex = topics.Count;
            topics.Add(new Topic(tag, stems[tag], minimum.GetValueOrDefault(tag, 2)));
            foreach (var entry in stems[tag])
            {
                var whole = entry[0] == '=';
                var stem = whole ? entry[1..] : entry;
                var target = whole ? exact : index;
                if (!target.TryGetValue(stem, out var list))
                {
                    list = [];
                    target[stem] = list;
                }

                if (!list.Contains(topicIndex))
                {
                    list.Add(topicIndex);
                }

                longest = Math.Max(longest, stem.Length);
            }
        }

        return new TopicVocabulary(
            topics,
            index.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal),
            exact.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal),
            longest);
    }

    /// <summary>Adds one to <paramref name="counts"/>[topic] for each topic whose stem starts the lower-case word.</summary>
    public void Count(string lowerWord, int[] counts)
    {
        if (_exact.TryGetValue(lowerWord, out var exact))
        {
            foreach (var topic in exact)
            {
                counts[topic]++;
            }

            return;
        }

        var lookup = _stems.GetAlternateLookup<ReadOnlySpan<char>>();
        var max = Math.Min(lowerWord.Length, _longestStem);
        for (var length = max; length >= MinimumStemLength; length--)
        {
            if (lookup.TryGetValue(lowerWord.AsSpan(0, length), out var topics))
            {
                foreach (var topic in topics)
                {
                    counts[topic]++;
                }

                return;
            }
        }
    }

    private sealed class TopicYaml
    {
        public string? Tag { get; set; }

        public List<string>? Stems { get; set; }

        public int? Min { get; set; }
    }
}
