using System.Collections.Immutable;

namespace ArchiveSite.Core.Site;

/// <summary>
/// Articles related to an article: those sharing its persons (two points each) and tags (one point
/// each), best first, newer first on a tie. Terms on very many articles say little about relatedness
/// and would make this quadratic, so terms with more than <see cref="MaxTermSize"/> articles are skipped.
/// </summary>
/// <remarks>Scores are counted in a per-thread array indexed by the articles' rank (their place in the
/// site's newest-first order), so one article costs a pass over its terms' article lists and nothing else;
/// <see cref="For"/> may be called from several threads at once.</remarks>
public sealed class RelatedArticles
{
    public const int Count = 5;
    public const int MaxTermSize = 2000;

    private readonly ImmutableArray<SiteArticle> _articles;
    private readonly Dictionary<string, int[]> _termRanks;
    private readonly Dictionary<SiteArticle, int> _rank;
    private readonly ThreadLocal<Scratch> _scratch;

    public RelatedArticles(SiteModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        _articles = model.Articles;
        _rank = new Dictionary<SiteArticle, int>(_articles.Length, ReferenceEqualityComparer.Instance);
        for (var i = 0; i < _articles.Length; i++)
        {
            _rank[_articles[i]] = i;
        }

        _termRanks = new Dictionary<string, int[]>(model.Tags.Length + model.Persons.Length, StringComparer.Ordinal);
        AddTerms(model.Tags);
        AddTerms(model.Persons);
        var count = _articles.Length;
        _scratch = new ThreadLocal<Scratch>(() => new Scratch(count));
    }

    public ImmutableArray<SiteArticle> For(SiteArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var self = _rank.TryGetValue(article, out var rank) ? rank : -1;
        var scratch = _scratch.Value!;
        Score(article.Persons, 2, self, scratch);
        Score(article.Tags, 1, self, scratch);

        // The best Count by score, then by rank (newer first), kept sorted in a small array.
        Span<int> best = stackalloc int[Count];
        var found = 0;
        var scores = scratch.Scores;
        foreach (var candidate in scratch.Touched)
        {
            var score = scores[candidate];
            var place = found;
            while (place > 0 && Better(score, candidate, scores[best[place - 1]], best[place - 1]))
            {
                place--;
            }

            if (place < Count)
            {
                var last = Math.Min(found, Count - 1);
                for (var i = last; i > place; i--)
                {
                    best[i] = best[i - 1];
                }

                best[place] = candidate;
                found = Math.Min(found + 1, Count);
            }
        }

        var result = ImmutableArray.CreateBuilder<SiteArticle>(found);
        for (var i = 0; i < found; i++)
        {
            result.Add(_articles[best[i]]);
        }

        foreach (var candidate in scratch.Touched)
        {
            scores[candidate] = 0;
        }

        scratch.Touched.Clear();
        return result.MoveToImmutable();
    }

    private static bool Better(int score, int rank, int otherScore, int otherRank) =>
        score > otherScore || (score == otherScore && rank < otherRank);

    private void Score(ImmutableArray<SiteTermRef> terms, int weight, int self, Scratch scratch)
    {
        var scores = scratch.Scores;
        foreach (var reference in terms)
        {
            if (!_termRanks.TryGetValue(reference.SitePath, out var ranks))
            {
                continue;
            }

            foreach (var other in ranks)
            {
                if (other == self)
                {
                    continue;
                }

                if (scores[other] == 0)
                {
                    scratch.Touched.Add(other);
                }

                scores[other] += weight;
            }
        }
    }

    private void AddTerms(ImmutableArray<SiteTerm> terms)
    {
        foreach (var term in terms)
        {
            if (term.Articles.Length > MaxTermSize)
            {
                continue;
            }

            var ranks = new int[term.Articles.Length];
            for (var i = 0; i < ranks.Length; i++)
            {
                ranks[i] = _rank[term.Articles[i]];
            }

            _termRanks[term.SitePath] = ranks;
        }
    }

    private sealed class Scratch(int count)
    {
        public int[] Scores { get; } = new int[count];

        public List<int> Touched { get; } = new(256);
    }
}
