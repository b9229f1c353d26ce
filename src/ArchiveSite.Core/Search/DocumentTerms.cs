using ArchiveSite.Core.Content;
using ArchiveSite.Core.Search.Words;

namespace ArchiveSite.Core.Search;

/// <summary>The index keys of one article with their impacts: headline, subtitle, summary, persons, tags and body,
/// each word reduced with the article's own language. One instance a thread: it remembers the key of every word
/// form it has seen, so each form is stemmed once per build.</summary>
internal sealed class DocumentTerms
{
    private readonly Dictionary<string, string?> _ukrainian = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> _russian = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (int Weight, bool Strong)> _terms = new(StringComparer.Ordinal);
    private int _length;

    /// <param name="markdown">The body as import writes it: Markdown whose punctuation is escaped.</param>
    public DocumentVector Collect(FrontMatter frontMatter, string markdown)
    {
        _terms.Clear();
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

        var keys = new string[_terms.Count];
        var flags = new byte[_terms.Count];
        var length = Impact.Length(_length);
        var i = 0;
        foreach (var (key, (weight, strong)) in _terms)
        {
            keys[i] = key;
            flags[i++] = Impact.Flags(Impact.Of(weight, length), strong);
        }

        return new DocumentVector(keys, flags);
    }

    private void Add(string? text, int weight, bool strong, Dictionary<string, string?> cache, string language)
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
            if (!lookup.TryGetValue(surface, out var key))
            {
                var word = surface.ToString();
                var normalized = WordNormalizer.Normalize(word);
                key = WordKeys.IsStopWord(normalized) ? null : Stemmer.Stem(normalized, language);
                cache[word] = key;
            }

            if (key is null)
            {
                continue;
            }

            ref var entry = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_terms, key, out _);
            entry = (entry.Weight + weight, entry.Strong || strong);
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

/// <summary>An article's keys and, for each, its impact with the strong-field bit (as in a sparse posting).</summary>
internal sealed record DocumentVector(string[] Keys, byte[] Flags);
