using ArchiveSite.Core.Search.Words;
using ArchiveSite.Core.Site;

namespace ArchiveSite.Core.Search;

/// <summary>The index keys of one article with their field-weighted counts: headline, subtitle, summary, body,
/// persons and tags, each word reduced with the article's own language. One instance a thread: it remembers the
/// key of every word form it has seen, so each form is stemmed once per build.</summary>
internal sealed class DocumentTerms
{
    private readonly Dictionary<string, string?> _ukrainian = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> _russian = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (int Weight, bool Strong)> _terms = new(StringComparer.Ordinal);

    /// <summary>The article's length in words (stop words included).</summary>
    public int Length { get; private set; }

    public IEnumerable<KeyValuePair<string, (int Weight, bool Strong)>> Terms => _terms;

    /// <summary>Reads the article (its body from its file) and collects its keys, forgetting the previous article's.</summary>
    /// <exception cref="IOException">The body's file cannot be read or changed during the build.</exception>
    public void Collect(SiteArticle article)
    {
        _terms.Clear();
        Length = 0;
        var frontMatter = article.FrontMatter;
        var cache = frontMatter.Lang == "ru" ? _russian : _ukrainian;
        Add(frontMatter.Title, Impact.TitleWeight, strong: true, cache, frontMatter.Lang);
        Add(frontMatter.Subtitle, Impact.SubtitleWeight, strong: false, cache, frontMatter.Lang);
        Add(frontMatter.Summary, Impact.SummaryWeight, strong: false, cache, frontMatter.Lang);
        foreach (var person in article.Persons)
        {
            Add(person.Name, Impact.PersonWeight, strong: true, cache, frontMatter.Lang);
        }

        foreach (var tag in article.Tags)
        {
            Add(tag.Name, Impact.TagWeight, strong: true, cache, frontMatter.Lang);
        }

        Add(PlainText(article.Body.ReadMarkdown()), Impact.BodyWeight, strong: false, cache, frontMatter.Lang);
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
            Length++;
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

    /// <summary>The text of a body written by import: Markdown whose punctuation is escaped with backslashes.</summary>
    internal static string PlainText(string markdown)
    {
        if (!markdown.Contains('\\'))
        {
            return markdown;
        }

        var builder = new System.Text.StringBuilder(markdown.Length);
        for (var i = 0; i < markdown.Length; i++)
        {
            if (markdown[i] == '\\' && i + 1 < markdown.Length && char.IsAsciiLetterOrDigit(markdown[i + 1]) is false && markdown[i + 1] < 128)
            {
                continue;
            }

            builder.Append(markdown[i]);
        }

        return builder.ToString();
    }
}
