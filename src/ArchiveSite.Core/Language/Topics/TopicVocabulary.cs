using System.Collections.Frozen;
using ArchiveSite.Core.Language.Text;
using ArchiveSite.Core.Yaml;

namespace ArchiveSite.Core.Language.Topics;

/// <summary>One topic tag of the controlled vocabulary and the word beginnings that signal it.</summary>
internal sealed record Topic(string Tag, IReadOnlyList<string> Stems, int MinimumCount, string? RussianTag)
{
    /// <summary>The tag's name on an article in <paramref name="language"/>.</summary>
    public string NameFor(string language) => language == LanguageDetector.Russian && RussianTag is not null ? RussianTag : Tag;
}

/// <summary>
/// The controlled vocabulary of topic tags (<c>tags.yml</c>): the built-in defaults merged with the
/// site's <c>input/_data/tags.yml</c>. A word signals a topic when it starts with one of the topic's stems.
/// </summary>
internal sealed class TopicVocabulary
{
    private const int MinimumStemLength = 2;

    private static readonly Lazy<TopicVocabulary> s_default = new(() => FromYaml([DataResources.BuiltIn("tags.yml")]));

    private readonly FrozenDictionary<string, int[]> _stems;
    private readonly FrozenDictionary<string, int[]> _exact;
    private readonly int[] _stemLengths;
    private readonly FrozenDictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> _stemLookup;
    private readonly FrozenDictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> _exactLookup;

    private TopicVocabulary(
        IReadOnlyList<Topic> topics,
        FrozenDictionary<string, int[]> stems,
        FrozenDictionary<string, int[]> exact)
    {
        Topics = topics;
        _stems = stems;
        _exact = exact;
        _stemLookup = stems.GetAlternateLookup<ReadOnlySpan<char>>();
        _exactLookup = exact.GetAlternateLookup<ReadOnlySpan<char>>();

        // Stem lengths present, longest first: a word is tried only at those lengths.
        var lengths = new SortedSet<int>(Comparer<int>.Create(static (a, b) => b.CompareTo(a)));
        foreach (var stem in stems.Keys)
        {
            lengths.Add(stem.Length);
        }

        _stemLengths = [.. lengths];
    }

    public static TopicVocabulary Default => s_default.Value;

    public IReadOnlyList<Topic> Topics { get; }

    /// <summary>The vocabulary of the built-in file merged with the given YAML texts, in order.</summary>
    /// <exception cref="DataFileException">A file is not valid YAML or a value has the wrong shape.</exception>
    public static TopicVocabulary FromYaml(IEnumerable<YamlText> files)
    {
        var order = new List<string>();
        var stems = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var minimum = new Dictionary<string, int>(StringComparer.Ordinal);
        var russian = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            foreach (var item in Read(file))
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

                foreach (var stem in item.Stems)
                {
                    var value = stem.Trim().ToLowerInvariant();
                    if (value.Length >= MinimumStemLength && !list.Contains(value))
                    {
                        list.Add(value);
                    }
                }

                if (!string.IsNullOrWhiteSpace(item.Ru))
                {
                    russian[tag] = item.Ru.Trim();
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
        foreach (var tag in order)
        {
            var topicIndex = topics.Count;
            topics.Add(new Topic(tag, stems[tag], minimum.GetValueOrDefault(tag, 2), russian.GetValueOrDefault(tag)));
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

            }
        }

        return new TopicVocabulary(
            topics,
            index.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal),
            exact.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal));
    }

    /// <summary>Adds one to <paramref name="counts"/>[topic] for each topic whose stem starts the lower-case word.</summary>
    public void Count(string word, int[] counts)
    {
        Span<char> buffer = stackalloc char[64];
        if (word.Length > buffer.Length)
        {
            return;
        }

        var lower = buffer[..word.Length];
        InvariantCase.ToLower(word, lower);
        if (_exactLookup.TryGetValue(lower, out var exact))
        {
            Add(exact, counts);
            return;
        }

        foreach (var length in _stemLengths)
        {
            if (length <= lower.Length && _stemLookup.TryGetValue(lower[..length], out var topics))
            {
                Add(topics, counts);
                return;
            }
        }
    }

    private static void Add(int[] topics, int[] counts)
    {
        foreach (var topic in topics)
        {
            counts[topic]++;
        }
    }

    private static List<TopicYaml> Read(YamlText file)
    {
        var yaml = new YamlDataReader(file.Path);
        var topics = new List<TopicYaml>();
        if (yaml.Root(file.Text) is not { } root)
        {
            return topics;
        }

        foreach (var node in yaml.Items(root, null, "a list of tags, each starting with '- tag:'"))
        {
            var topic = new TopicYaml();
            foreach (var (key, value) in yaml.Fields(node, "a tag: tag:, stems:, and ru: and min: if wanted"))
            {
                switch (key)
                {
                    case "tag":
                        topic.Tag = yaml.Text(value, key);
                        break;
                    case "stems":
                        topic.Stems = yaml.Texts(value, key, "[переговор, перемовин]");
                        break;
                    case "min":
                        topic.Min = yaml.Number(value, key);
                        break;
                    case "ru":
                        topic.Ru = yaml.Text(value, key);
                        break;
                }
            }

            topics.Add(topic);
        }

        return topics;
    }

    private sealed class TopicYaml
    {
        public string? Tag { get; set; }

        public IReadOnlyList<string> Stems { get; set; } = [];

        public int? Min { get; set; }

        public string? Ru { get; set; }
    }
}
