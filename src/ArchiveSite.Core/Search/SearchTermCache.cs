using System.Collections.Concurrent;
using ArchiveSite.Core.Content;

namespace ArchiveSite.Core.Search;

/// <summary>
/// The keys of articles whose text the build has in hand: fed as the input is read (<see cref="Observe"/>), so that
/// the index need not read every body a second time, and kept between the builds of one process (serve) so that a
/// rebuild reads only the articles that changed. An article is known by its front matter and its body's hash.
/// </summary>
public sealed class SearchTermCache
{
    [ThreadStatic]
    private static DocumentTerms? s_collector;

    private ConcurrentDictionary<(FrontMatter, string), DocumentVector> _vectors = new();

    /// <summary>Collects the keys of a page as it is read; safe to call from any thread.</summary>
    public void Observe(InputPage page, string markdown)
    {
        ArgumentNullException.ThrowIfNull(page);
        _vectors[(page.FrontMatter, page.Body.Hash)] = Collector.Collect(page.FrontMatter, markdown);
    }

    /// <summary>The keys of an article, read from its body's file when it was not observed.</summary>
    /// <exception cref="IOException">The body's file cannot be read or changed during the build.</exception>
    internal DocumentVector For(FrontMatter frontMatter, ArticleBody body) =>
        _vectors.GetOrAdd((frontMatter, body.Hash), key => Collector.Collect(key.Item1, body.ReadMarkdown()));

    private static DocumentTerms Collector => s_collector ??= new DocumentTerms();

    /// <summary>Forgets every article but these.</summary>
    internal void KeepOnly(IEnumerable<(FrontMatter, string)> articles)
    {
        var kept = new ConcurrentDictionary<(FrontMatter, string), DocumentVector>();
        foreach (var key in articles)
        {
            if (_vectors.TryGetValue(key, out var vector))
            {
                kept[key] = vector;
            }
        }

        _vectors = kept;
    }
}
