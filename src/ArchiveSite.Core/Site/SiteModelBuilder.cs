using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using ArchiveSite.Core.Content;
using ArchiveSite.Core.Language;

namespace ArchiveSite.Core.Site;

/// <summary>Builds the site model from the pages of input/: addresses, tags and persons.
/// Pure and deterministic: the same pages give the same model whatever order they come in.</summary>
public static class SiteModelBuilder
{
    /// <param name="personKey">Maps a person's name to the name of their page, so that spellings of one
    /// person (Ukrainian and Russian) share a page. Identity when null.</param>
    public static SiteModel Build(IReadOnlyList<InputPage> pages, SiteSettings settings, Func<string, string>? personKey = null)
    {
        personKey = Remembered(personKey ?? (static name => name));
        var warnings = ImmutableArray.CreateBuilder<string>();
        var ordered = pages.OrderBy(p => p.Path, StringComparer.Ordinal).ToList();
        var taken = new Dictionary<string, string>(StringComparer.Ordinal);
        var drafts = new (InputPage Page, string SitePath)[ordered.Count];
        for (var i = 0; i < ordered.Count; i++)
        {
            var page = ordered[i];
            var sitePath = SiteUrls.Article(page.FrontMatter);
            for (var n = 2; taken.ContainsKey(sitePath); n++)
            {
                sitePath = SiteUrls.Article(page.FrontMatter with { Slug = $"{page.FrontMatter.Slug}-{n}" });
            }

            if (sitePath != SiteUrls.Article(page.FrontMatter))
            {
                warnings.Add($"{page.Path}: the address /{SiteUrls.Article(page.FrontMatter)} is taken by {taken[SiteUrls.Article(page.FrontMatter)]}; this page is served at /{sitePath}");
            }

            taken[sitePath] = page.Path;
            drafts[i] = (page, sitePath);
        }

        var tagTerms = new TermCollector(SiteUrls.Tag, static name => name);
        var personTerms = new TermCollector(SiteUrls.Person, Surname);
        var articles = new SiteArticle[drafts.Length];
        for (var i = 0; i < drafts.Length; i++)
        {
            var draft = new SiteArticle
            {
                SitePath = drafts[i].SitePath,
                FrontMatter = drafts[i].Page.FrontMatter,
                Body = drafts[i].Page.Body,
                Tags = [],
                Persons = [],
            };
            var frontMatter = draft.FrontMatter;
            articles[i] = draft with
            {
                Tags = [.. frontMatter.Tags.Select(t => tagTerms.Add(t, t, draft))],
                Persons = [.. frontMatter.Persons.Select(p => personTerms.Add(personKey(p), p, draft))],
            };
        }

        var byDate = articles
            .OrderBy(a => a.FrontMatter.Date is null ? 1 : 0)
            .ThenByDescending(a => a.FrontMatter.Date)
            .ThenBy(a => a.SitePath, StringComparer.Ordinal)
            .ToImmutableArray();
        var rank = byDate.Select((a, i) => (a.SitePath, i)).ToDictionary(x => x.SitePath, x => x.i, StringComparer.Ordinal);

        return new SiteModel
        {
            Settings = settings,
            Articles = byDate,
            Tags = tagTerms.Build(rank, byDate),
            Persons = personTerms.Build(rank, byDate),
            Years = BuildYears(byDate),
            Warnings = warnings.ToImmutable(),
        };
    }

    private static ImmutableArray<ArchiveYear> BuildYears(ImmutableArray<SiteArticle> newestFirst) =>
    [
        .. newestFirst
            .Where(a => a.FrontMatter.Date is not null)
            .GroupBy(a => a.FrontMatter.Date!.Value.Year)
            .Select(year => new ArchiveYear(
                year.Key,
                [.. year.GroupBy(a => a.FrontMatter.Date!.Value.Month).Select(month => new ArchiveMonth(year.Key, month.Key, [.. month]))])),
    ];

    /// <summary>A name maps to one key however often it is named: work it out once per name.</summary>
    private static Func<string, string> Remembered(Func<string, string> map)
    {
        var known = new Dictionary<string, string>(StringComparer.Ordinal);
        return name =>
        {
            if (!known.TryGetValue(name, out var key))
            {
                known[name] = key = map(name);
            }

            return key;
        };
    }

    /// <summary>The surname of a name as written "First [Patronymic] Surname": its last word.</summary>
    public static string Surname(string name)
    {
        var space = name.TrimEnd().LastIndexOf(' ');
        return space < 0 ? name : name[(space + 1)..];
    }

    /// <summary>A term's slug: its transliteration, or a short hash when it has no letters to transliterate.</summary>
    public static string TermSlug(string name)
    {
        var slug = SlugMaker.Slugify(name);
        return slug.Length > 0 ? slug : "t-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(name)))[..10];
    }

    /// <summary>Gathers terms by slug; one term's several spellings share a page named by the key.</summary>
    private sealed class TermCollector(Func<string, string> sitePathOf, Func<string, string> sortNameOf)
    {
        private readonly Dictionary<string, (string Name, List<SiteArticle> Articles)> _bySlug = new(StringComparer.Ordinal);
        private readonly Func<string, string> _slugOf = Remembered(TermSlug);

        public SiteTermRef Add(string key, string shownName, SiteArticle article)
        {
            var slug = _slugOf(key);
            if (!_bySlug.TryGetValue(slug, out var term))
            {
                term = (key, []);
                _bySlug[slug] = term;
            }
            else if (string.CompareOrdinal(key, term.Name) < 0)
            {
                _bySlug[slug] = term = (key, term.Articles);
            }

            term.Articles.Add(article);
            return new SiteTermRef(shownName, sitePathOf(slug));
        }

        public ImmutableArray<SiteTerm> Build(Dictionary<string, int> rank, ImmutableArray<SiteArticle> finalArticles)
        {
            var byPath = finalArticles.ToDictionary(a => a.SitePath, StringComparer.Ordinal);
            return
            [
                .. _bySlug
                    .Select(entry => new SiteTerm
                    {
                        Name = entry.Value.Name,
                        Slug = entry.Key,
                        SitePath = sitePathOf(entry.Key),
                        SortName = sortNameOf(entry.Value.Name),
                        Articles = [.. entry.Value.Articles.Select(a => a.SitePath).Distinct(StringComparer.Ordinal).OrderBy(p => rank[p]).Select(p => byPath[p])],
                    })
                    .OrderBy(t => t.SortName, UkrainianCollation.Instance)
                    .ThenBy(t => t.Name, UkrainianCollation.Instance),
            ];
        }
    }
}
