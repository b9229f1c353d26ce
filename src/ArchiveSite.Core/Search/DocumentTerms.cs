using ArchiveSite.Core.Content;
using ArchiveSite.Core.Search.Words;

namespace ArchiveSite.Core.Search;

/// <summary>The index keys of one article with their impacts: headline, subtitle, summary, persons, tags and body,
/// each word reduced with the article's own language. One instance a thread and a set of keys: it remembers the
/// key number of every word form it has seen, so each form is stemmed once per build.</summary>
internal sealed class DocumentTerms(SearchKeys keys)
{
    private const int StopWord = -1;

    private readonly Dictionary<string, int> _ukrainian = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _russian = new(StringComparer.Ordinal);

    // The weight of each key number in the article being read; 0 where it has none. The numbers it has are in
    // _present, so that clearing costs what the article held.
    private int[] _weights = new int[1024];
    private bool[] _strong = new bool[1024];
    private readonly List<int> _present = [];
    private int _length;

    public SearchKeys Keys => keys;

    /// <param name="markdown">The body as import writes it: Markdown whose punctuation is escaped.</param>
    public DocumentVector Collect(FrontMatter frontMatter, string markdown)
    {
        _length = 0;
        var cache = frontMatter.Lang == "ru" ? _russian : _ukrainian;
        Add(frontMatter.Title, Impact.TitleWeight, strong: true, cache, frontMatter.Lang);
        Add(frontMatter.Subtitle, Impact.SubtitleWeight, strong: false, cache, frontMatter.Lang);
        Add(frontMatter.Summary, Impact.SummaryWeight, strong: false, cache, frontMatter.Lang);
        foreach (var person in frontMatter.Persons)
        {
            Add(person, Impact.PersonWeight, strong: true, cache, frontMatter.Lang);
        }

        foreach (var tag in frontMatter.Tags)
        {
            Add(tag, Impact.TagWeight, strong: true, cache, frontMatter.Lang);
        }

        Add(PlainText(markdown), Impact.BodyWeight, strong: false, cache, frontMatter.Lang);

        var numbers = new int[_present.Count];
        var flags = new byte[_present.Count];
        var length = Impact.Length(_length);
        for (var i = 0; i < numbers.Length; i++)
        {
            var number = _present[i];
            numbers[i] = number;
            flags[i] = Impact.Flags(Impact.Of(_weights[number], length), _strong[number]);
            _weights[number] = 0;
            _strong[number] = false;
        }

        _present.Clear();
        return new DocumentVector(numbers, flags);
    }

    private void Add(string? text, int weight, bool strong, Dictionary<string, int> cache, string language)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        var lookup = cache.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var token in WordTokenizer.Tokenize(text))
        {
            _length++;
            var surface = text.AsSpan(token.Start, token.Length);
            if (!lookup.TryGetValue(surface, out var number))
            {
                var word = surface.ToString();
                var normalized = WordNormalizer.Normalize(word);
                number = WordKeys.IsStopWord(normalized) ? StopWord : keys.NumberOf(Stemmer.Stem(normalized, language));
                cache[word] = number;
            }

            if (number == StopWord)
            {
                continue;
            }

            if (number >= _weights.Length)
            {
                var size = Math.Max(_weights.Length * 2, number + 1);
                Array.Resize(ref _weights, size);
                Array.Resize(ref _strong, size);
            }

            if (_weights[number] == 0)
            {
                _present.Add(number);
            }

            _weights[number] += weight;
            _strong[number] |= strong;
        }
    }

    /// <summary>The text of a body written by import: a backslash before ASCII punctuation only escapes it.</summary>
    internal static string PlainText(string markdown)
    {
        if (!markdown.Contains('\\', StringComparison.Ordinal))
        {
            return markdown;
        }

        var builder = new System.Text.StringBuilder(markdown.Length);
        for (var i = 0; i < markdown.Length; i++)
        {
            if (markdown[i] == '\\' && i + 1 < markdown.Length && IsAsciiPunctuation(markdown[i + 1]))
            {
                i++;
            }

            builder.Append(markdown[i]);
        }

        return builder.ToString();
    }

    private static bool IsAsciiPunctuation(char c) => c is (>= '!' and <= '/') or (>= ':' and <= '@') or (>= '[' and <= '`') or (>= '{' and <= '~');
}

/// <summary>An article's keys, by their numbers in <see cref="SearchKeys"/>, and for each its impact with the
/// strong-field bit (as in a sparse posting).</summary>
internal sealed record DocumentVector(int[] Keys, byte[] Flags);
