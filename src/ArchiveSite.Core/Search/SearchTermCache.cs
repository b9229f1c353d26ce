using System.Collections.Concurrent;
using ArchiveSite.Core.Content;

namespace ArchiveSite.Core.Search;

/// <summary>
/// The keys of articles whose text the build has in hand: fed as the input is read (<see cref="Observe"/>), so that
/// the index need not read every body a second time; taken from the last build's store (<see cref="SearchKeyStore"/>)
/// for articles that did not change; and kept between the builds of one process (serve). An article is known by a
/// hash of everything its keys are made from (<see cref="SearchKeyStore.ArticleKey"/>).
/// </summary>
/// <param name="keep">Keep the keys for the next build (serve); a single build lets each article's keys go once indexed.</param>
public sealed class SearchTermCache(bool keep = true)
{
    [ThreadStatic]
    private static DocumentTerms? s_collector;

    private ConcurrentDictionary<UInt128, DocumentVector> _vectors = new();

    /// <summary>The numbers of the keys of every article this cache has read.</summary>
    internal SearchKeys Keys { get; } = new();

    /// <summary>Collects the keys of a page as it is read, unless they are known; safe to call from any thread.</summary>
    public void Observe(InputPage page, string markdown)
    {
        ArgumentNullException.ThrowIfNull(page);
        var article = SearchKeyStore.ArticleKey(page.FrontMatter, page.Body.Hash);
        if (!_vectors.ContainsKey(article))
        {
            _vectors[article] = Collector.Collect(page.FrontMatter, markdown);
        }
    }

    /// <summary>No article's keys are in hand (a cache kept by serve has them from its last build).</summary>
    internal bool IsEmpty => _vectors.IsEmpty;

    /// <summary>Adds the keys that the last build stored (see <see cref="SearchKeyStore"/>) to those in hand.</summary>
    internal void AddStored(string path, string identity)
    {
        foreach (var (article, vector) in SearchKeyStore.Read(path, identity, Keys))
        {
            _vectors.TryAdd(article, vector);
        }
    }

    /// <summary>The keys of an article, read from its body's file when they are not in hand.</summary>
    /// <param name="article">The article's key in a store.</param>
    /// <exception cref="IOException">The body's file cannot be read or changed during the build.</exception>
    internal DocumentVector For(FrontMatter frontMatter, ArticleBody body, out UInt128 article)
    {
        article = SearchKeyStore.ArticleKey(frontMatter, body.Hash);
        if (keep)
        {
            return _vectors.GetOrAdd(article, _ => Collector.Collect(frontMatter, body.ReadMarkdown()));
        }

        return _vectors.TryRemove(article, out var vector) ? vector : Collector.Collect(frontMatter, body.ReadMarkdown());
    }

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
    internal void KeepOnly(IReadOnlySet<UInt128> articles)
    {
        if (!keep)
        {
            _vectors.Clear();
            return;
        }

        var kept = new ConcurrentDictionary<UInt128, DocumentVector>();
        foreach (var article in articles)
        {
            if (_vectors.TryGetValue(article, out var vector))
            {
                kept[article] = vector;
            }
        }

        _vectors = kept;
    }
}
