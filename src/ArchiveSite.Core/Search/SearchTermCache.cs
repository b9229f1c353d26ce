using System.Collections.Concurrent;
using ArchiveSite.Core.Content;

namespace ArchiveSite.Core.Search;

/// <summary>
/// The keys of articles whose text the build has in hand: fed as the input is read (<see cref="Observe"/>), so that
/// the index need not read every body a second time, and kept between the builds of one process (serve) so that a
/// rebuild reads only the articles that changed. An article is known by its front matter and its body's hash.
/// </summary>
/// <param name="keep">Keep the keys for the next build (serve); a single build lets each article's keys go once indexed.</param>
public sealed class SearchTermCache(bool keep = true)
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
    internal DocumentVector For(FrontMatter frontMatter, ArticleBody body)
    {
        var key = (frontMatter, body.Hash);
        if (keep)
        {
            return _vectors.GetOrAdd(key, k => Collector.Collect(k.Item1, body.ReadMarkdown()));
        }

        return _vectors.TryRemove(key, out var vector) ? vector : Collector.Collect(frontMatter, body.ReadMarkdown());
    }

    /// <summary>The numbers of the keys of every article this cache has read.</summary>
    internal SearchKeys Keys { get; } = new();

    /// <summary>This thread's collector, made anew when the thread last collected for another cache.</summary>
    private DocumentTerms Collector
    {
        get
        {
            if (s_collector is null || s_collector.Keys != Keys)
            {
                s_collector = new DocumentTerms(Keys);
            }

            return s_collector;
        }
    }

    /// <summary>Forgets every article but these.</summary>
    internal void KeepOnly(IEnumerable<(FrontMatter, string)> articles)
    {
        if (!keep)
        {
            _vectors.Clear();
            return;
        }

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
