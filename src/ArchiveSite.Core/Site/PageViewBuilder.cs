using System.Collections.Immutable;
using System.Globalization;
using ArchiveSite.Core.Site.Views;

namespace ArchiveSite.Core.Site;

/// <summary>Turns the site model into the view of every page: home (paged), articles, tag and person
/// indexes and pages (paged), the date archive, and the 404 page.</summary>
public sealed class PageViewBuilder
{
    public const string AssetsPath = "assets/";
    public const string FaviconPath = "favicon.svg";

    private readonly SiteModel _model;
    private readonly SiteUrls _urls;
    private readonly SiteChrome _chrome;
    private readonly UiText _text;
    private readonly RelatedArticles _related;
    private readonly LinkView _siteFeed;
    private readonly Dictionary<SiteArticle, ArticleListItemView> _listItems;
    private readonly Dictionary<SiteArticle, ArticleListItemView> _headlines;

    public PageViewBuilder(SiteModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        _model = model;
        _urls = new SiteUrls(model.Settings.BaseUrl);
        _text = UiText.For(model.Settings.Language);
        _related = new RelatedArticles(model);
        _chrome = new SiteChrome(
            model.Settings.Title,
            _text,
            _urls.Url(SiteUrls.Home),
            _urls.Url(SiteUrls.TagIndex),
            _urls.Url(SiteUrls.PersonIndex),
            _urls.Url(SiteUrls.ArchiveIndex),
            _urls.Url(SiteUrls.Search),
            _urls.Url(AssetsPath),
            _urls.Url(FaviconPath));
        _siteFeed = new LinkView(model.Settings.Title, _urls.Url(SiteUrls.Feed(SiteUrls.Home)));

        // An article looks the same in every list (home, terms, archives, related): one item each, shared.
        // Related articles show headline and date only.
        _listItems = new Dictionary<SiteArticle, ArticleListItemView>(model.Articles.Length, ReferenceEqualityComparer.Instance);
        _headlines = new Dictionary<SiteArticle, ArticleListItemView>(model.Articles.Length, ReferenceEqualityComparer.Instance);
        foreach (var article in model.Articles)
        {
            var item = NewListItem(article);
            _listItems[article] = item;
            _headlines[article] = item with { Summary = null };
        }
    }

    /// <summary>Every page of the site, in a fixed order; article views are built in parallel.</summary>
    public IReadOnlyList<PageView> All()
    {
        var articles = new ArticlePageView[_model.Articles.Length];
        Parallel.For(0, articles.Length, i => articles[i] = Article(i));
        var pages = new List<PageView>(articles.Length + 4096);
        pages.AddRange(Home());
        pages.AddRange(articles);
        pages.AddRange(Others());
        return pages;
    }

    private IEnumerable<PageView> Others()
    {

        yield return TermIndex(TermKind.Tag, _model.Tags, SiteUrls.TagIndex, _text.Tags);
        foreach (var page in _model.Tags.SelectMany(t => Term(TermKind.Tag, t)))
        {
            yield return page;
        }

        yield return TermIndex(TermKind.Person, _model.Persons, SiteUrls.PersonIndex, _text.Persons);
        foreach (var page in _model.Persons.SelectMany(p => Term(TermKind.Person, p)))
        {
            yield return page;
        }

        foreach (var page in Archive())
        {
            yield return page;
        }

        yield return SearchPage();
        yield return NotFound();
    }

    private IEnumerable<HomePageView> Home() =>
        Paginate(SiteUrls.Home, _model.Articles, (items, pagination) => new HomePageView
        {
            Title = PagedTitle(_model.Settings.Title, pagination),
            Description = _model.Settings.Description,
            Lang = _model.Settings.Language,
            SitePath = SiteUrls.Paged(SiteUrls.Home, pagination.Page),
            CanonicalUrl = _urls.Absolute(SiteUrls.Paged(SiteUrls.Home, pagination.Page)),
            Feeds = [_siteFeed],
            Site = _chrome,
            Articles = items,
            Pagination = pagination,
        });

    private ArticlePageView Article(int index)
    {
        var article = _model.Articles[index];
        var frontMatter = article.FrontMatter;
        var related = _related.For(article);
        return new ArticlePageView
        {
            Title = frontMatter.Title,
            Description = frontMatter.Summary ?? frontMatter.Title,
            Lang = frontMatter.Lang,
            SitePath = article.SitePath,
            CanonicalUrl = _urls.Absolute(article.SitePath),
            OpenGraphType = "article",
            Feeds = [_siteFeed],
            Breadcrumbs = ArticleBreadcrumbs(frontMatter.Date),
            JsonLd = JsonLd.NewsArticle(article, _urls.Absolute(article.SitePath), _model.Settings.Title, [.. article.Persons.Select(p => p.Name)]),
            Site = _chrome,
            Subtitle = frontMatter.Subtitle,
            Published = frontMatter.Date,
            DateText = frontMatter.Date is { } date ? _text.FormatDate(date) : null,
            DateIso = frontMatter.Date is { } iso ? Iso(iso) : null,
            Body = article.Body,
            Persons = [.. article.Persons.Select(p => new LinkView(p.Name, _urls.Url(p.SitePath)))],
            Tags = [.. article.Tags.Select(t => new LinkView(t.Name, _urls.Url(t.SitePath)))],
            ImageCredit = frontMatter.ImageCredit,
            Source = frontMatter.Source,
            Previous = index + 1 < _model.Articles.Length ? ArticleLink(_model.Articles[index + 1]) : null,
            Next = index > 0 ? ArticleLink(_model.Articles[index - 1]) : null,
            Related = [.. related.Select(a => _headlines[a])],
        };
    }

    private TermIndexPageView TermIndex(TermKind kind, ImmutableArray<SiteTerm> terms, string sitePath, string title) => new()
    {
        Title = title,
        Lang = _model.Settings.Language,
        Description = $"{title}: {terms.Length.ToString(CultureInfo.InvariantCulture)}",
        SitePath = sitePath,
        CanonicalUrl = _urls.Absolute(sitePath),
        Feeds = [_siteFeed],
        Breadcrumbs = [HomeLink()],
        Site = _chrome,
        Kind = kind,
        Groups =
        [
            .. terms
                .GroupBy(t => FirstLetter(t.SortName), StringComparer.Ordinal)
                .Select((g, i) => new TermGroupView(
                    g.Key,
                    "letter-" + (i + 1).ToString(CultureInfo.InvariantCulture),
                    [.. g.Select(t => new LinkView(t.Name, _urls.Url(t.SitePath), t.Articles.Length))])),
        ],
    };

    private IEnumerable<TermPageView> Term(TermKind kind, SiteTerm term)
    {
        var label = kind == TermKind.Person ? _text.Person : _text.Tag;
        var index = kind == TermKind.Person ? new LinkView(_text.Persons, _urls.Url(SiteUrls.PersonIndex)) : new LinkView(_text.Tags, _urls.Url(SiteUrls.TagIndex));
        var feed = new LinkView($"{term.Name} — {_model.Settings.Title}", _urls.Url(SiteUrls.Feed(term.SitePath)));
        return Paginate(term.SitePath, term.Articles, (items, pagination) => new TermPageView
        {
            Title = PagedTitle(term.Name, pagination),
            Description = CountText($"{label} «{term.Name}»", term.Articles.Length),
            Lang = _model.Settings.Language,
            SitePath = SiteUrls.Paged(term.SitePath, pagination.Page),
            CanonicalUrl = _urls.Absolute(SiteUrls.Paged(term.SitePath, pagination.Page)),
            Feeds = [feed, _siteFeed],
            Breadcrumbs = [HomeLink(), index],
            Site = _chrome,
            Kind = kind,
            Articles = items,
            Pagination = pagination,
        });
    }

    private IEnumerable<ArchivePageView> Archive()
    {
        yield return ArchiveView(
            _text.Archive,
            SiteUrls.ArchiveIndex,
            _model.Years.Sum(y => y.Count),
            [HomeLink()],
            [.. _model.Years.Select(y => new LinkView(y.Year.ToString(CultureInfo.InvariantCulture), _urls.Url(y.SitePath), y.Count))]);

        foreach (var year in _model.Years)
        {
            var yearName = year.Year.ToString(CultureInfo.InvariantCulture);
            yield return ArchiveView(
                $"{_text.Archive}: {yearName}",
                year.SitePath,
                year.Count,
                [HomeLink(), ArchiveLink()],
                [.. year.Months.Select(m => new LinkView(_text.FormatMonth(m.Year, m.Month), _urls.Url(m.SitePath), m.Articles.Length))]);

            foreach (var month in year.Months)
            {
                var title = $"{_text.Archive}: {_text.FormatMonth(month.Year, month.Month)}";
                foreach (var page in Paginate(month.SitePath, month.Articles, (items, pagination) => ArchiveView(
                    PagedTitle(title, pagination),
                    SiteUrls.Paged(month.SitePath, pagination.Page),
                    month.Articles.Length,
                    [HomeLink(), ArchiveLink(), new LinkView(yearName, _urls.Url(year.SitePath))],
                    [],
                    items,
                    pagination)))
                {
                    yield return page;
                }
            }
        }
    }

    private ArchivePageView ArchiveView(string title, string sitePath, int articleCount, ImmutableArray<LinkView> breadcrumbs, ImmutableArray<LinkView> periods, ImmutableArray<ArticleListItemView> articles = default, PaginationView? pagination = null) => new()
    {
        Title = title,
        Description = CountText(title, articleCount),
        Lang = _model.Settings.Language,
        SitePath = sitePath,
        CanonicalUrl = _urls.Absolute(sitePath),
        Feeds = [_siteFeed],
        Breadcrumbs = breadcrumbs,
        Site = _chrome,
        Periods = periods,
        Articles = articles.IsDefault ? [] : articles,
        Pagination = pagination,
    };

    private SearchPageView SearchPage() => new()
    {
        Title = _text.Search,
        Description = _text.SearchIntro,
        Lang = _model.Settings.Language,
        SitePath = SiteUrls.Search,
        CanonicalUrl = _urls.Absolute(SiteUrls.Search),
        Feeds = [_siteFeed],
        Breadcrumbs = [HomeLink()],
        Site = _chrome,
        IndexUrl = _urls.Url(SiteUrls.SearchIndexFolder),
        BaseUrl = _urls.Url(SiteUrls.Home),
    };

    private NotFoundPageView NotFound() => new()
    {
        Title = _text.NotFoundTitle,
        Description = _text.NotFoundText,
        Lang = _model.Settings.Language,
        SitePath = SiteUrls.NotFoundFile,
        CanonicalUrl = _urls.Absolute(SiteUrls.NotFoundFile),
        Breadcrumbs = [HomeLink()],
        Site = _chrome,
    };

    /// <summary>Cuts a list into pages of the configured size; an empty list still has one page.</summary>
    private IEnumerable<T> Paginate<T>(string sitePath, ImmutableArray<SiteArticle> articles, Func<ImmutableArray<ArticleListItemView>, PaginationView, T> page)
    {
        var size = _model.Settings.ItemsPerPage;
        var pageCount = Math.Max(1, (articles.Length + size - 1) / size);
        for (var number = 1; number <= pageCount; number++)
        {
            var first = (number - 1) * size;
            var items = ImmutableArray.CreateBuilder<ArticleListItemView>(Math.Min(size, articles.Length - first));
            for (var i = first; i < first + items.Capacity; i++)
            {
                items.Add(ListItem(articles[i]));
            }

            yield return page(items.MoveToImmutable(), Pagination(sitePath, number, pageCount));
        }
    }

    /// <summary>Links to the first and last pages and to the two on either side of the current one.</summary>
    private PaginationView Pagination(string sitePath, int page, int pageCount) => new(
        page,
        pageCount,
        page > 1 ? _urls.Url(SiteUrls.Paged(sitePath, page - 1)) : null,
        page < pageCount ? _urls.Url(SiteUrls.Paged(sitePath, page + 1)) : null,
        [
            .. Enumerable.Range(1, pageCount)
                .Where(n => n == 1 || n == pageCount || Math.Abs(n - page) <= 2)
                .Select(n => new LinkView(n.ToString(CultureInfo.InvariantCulture), _urls.Url(SiteUrls.Paged(sitePath, n)))),
        ]);

    private ImmutableArray<LinkView> ArticleBreadcrumbs(DateTimeOffset? date) =>
        date is { } d
            ? [HomeLink(), ArchiveLink(), new LinkView(d.Year.ToString(CultureInfo.InvariantCulture), _urls.Url(SiteUrls.ArchiveYear(d.Year))), new LinkView(_text.FormatMonth(d.Year, d.Month), _urls.Url(SiteUrls.ArchiveMonth(d.Year, d.Month)))]
            : [HomeLink()];

    private LinkView HomeLink() => new(_text.Home, _urls.Url(SiteUrls.Home));

    private LinkView ArchiveLink() => new(_text.Archive, _urls.Url(SiteUrls.ArchiveIndex));

    private LinkView ArticleLink(SiteArticle article) => new(article.FrontMatter.Title, _urls.Url(article.SitePath));

    private ArticleListItemView ListItem(SiteArticle article) => _listItems.TryGetValue(article, out var item) ? item : NewListItem(article);

    private ArticleListItemView NewListItem(SiteArticle article) => new(
        article.FrontMatter.Title,
        _urls.Url(article.SitePath),
        article.FrontMatter.Date is { } date ? _text.FormatDate(date) : null,
        article.FrontMatter.Date is { } iso ? Iso(iso) : null,
        article.FrontMatter.Summary);

    private string PagedTitle(string title, PaginationView pagination) =>
        pagination.Page == 1 ? title : $"{title} — {_text.Page} {pagination.Page.ToString(CultureInfo.InvariantCulture)}";

    private string CountText(string subject, int articles) =>
        $"{subject}: {articles.ToString(CultureInfo.InvariantCulture)} {_text.ArticlesCount}";

    private static string Iso(DateTimeOffset date) => date.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    private static string FirstLetter(string name)
    {
        foreach (var c in name)
        {
            if (char.IsLetter(c))
            {
                return char.ToUpper(c, CultureInfo.InvariantCulture).ToString();
            }
        }

        return "#";
    }
}
