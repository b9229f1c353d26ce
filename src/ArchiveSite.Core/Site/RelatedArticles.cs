using System.Collections.Immutable;

namespace ArchiveSite.Core.Site;

/// <summary>
/// Articles related to an article: those sharing its persons (two points each) and tags (one point
/// each), best first, newer first on a tie. Terms on very many articles say little about relatedness
/// and would make this quadratic, so terms with more than <see cref="MaxTermSize"/> articles are skipped.
/// </summary>
public sealed class RelatedArticles(SiteModel model)
{
    public const int Count = 5;
    public const int MaxTermSize = 2000;

    private readonly Dictionary<string, SiteTerm> _terms = model.Tags.Concat(model.Persons).ToDictionary(t => t.SitePath, StringComparer.Ordinal);
    private readonly Dictionary<string, int> _rank = model.Articles.Select((a, i) => (a.SitePath, i)).ToDictionary(x => x.SitePath, x => x.i, StringComparer.Ordinal);

    public ImmutableArray<SiteArticle> For(SiteArticle article)
    {
        var scores = new Dictionary<SiteArticle, int>(ReferenceEqualityComparer.Instance);
        Score(article, article.Persons, 2, scores);
        Score(article, article.Tags, 1, scores);
        return
        [
            .. scores
                .OrderByDescending(s => s.Value)
                .ThenBy(s => _rank[s.Key.SitePath])
                .Take(Count)
                .Select(s => s.Key),
        ];
    }

    private void Score(SiteArticle article, ImmutableArray<SiteTermRef> terms, int weight, Dictionary<SiteArticle, int> scores)
    {
        foreach (var reference in terms)
        {
            if (!_terms.TryGetValue(reference.SitePath, out var term) || term.Articles.Length > MaxTermSize)
            {
                continue;
            }

            foreach (var other in term.Articles)
            {
                if (!ReferenceEquals(other, article) && other.SitePath != article.SitePath)
                {
                    scores[other] = scores.GetValueOrDefault(other) + weight;
                }
            }
        }
    }
}
