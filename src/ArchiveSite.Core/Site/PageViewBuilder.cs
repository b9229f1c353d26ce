using System.Collections.Immutable;
using System.Globalization;
using ArchiveSite.Core.Site.Views;

namespace ArchiveSite.Core.Site;

/// <summary>Turns the site model into the view of every page, each with the site path it is written to.</summary>
public sealed class PageViewBuilder
{
    public const string StylesheetPath = "assets/site.css";
    public const string FaviconPath = "favicon.svg";

    private readonly SiteModel _model;
    private readonly SiteUrls _urls;
    private readonly SiteChrome _chrome;

    public PageViewBuilder(SiteModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        _model = model;
        _urls = new SiteUrls(model.Settings.BasePath);
        _chrome = new SiteChrome(
            model.Settings.Title,
            _urls.Url(SiteUrls.Home),
            _urls.Url(SiteUrls.TagIndex),
            _urls.Url(SiteUrls.PersonIndex),
            _urls.Url(StylesheetPath),
            _urls.Url(FaviconPath));
    }

    public IEnumerable<PageView> All()
    {
        yield return Home();
        foreach (var article in _model.Articles)
        {
            yield return Article(article);
        }

        yield return TermIndex(TermKind.Tag, _model.Tags, SiteUrls.TagIndex, "Теги", static t => FirstLetter(t.SortName));
        foreach (var tag in _model.Tags)
        {
            yield return Term(TermKind.Tag, tag, tag.Name);
        }

        yield return TermIndex(TermKind.Person, _model.Persons, SiteUrls.PersonIndex, "Люди", static t => FirstLetter(t.SortName));
        foreach (var person in _model.Persons)
        {
            yield return Term(TermKind.Person, person, person.Name);
        }
    }

    public HomePageView Home() => new()
    {
        Title = _model.Settings.Title,
        Description = _model.Settings.Description,
        Lang = _model.Settings.Language,
        SitePath = SiteUrls.Home,
        Site = _chrome,
        Articles = [.. _model.Articles.Select(ListItem)],
    };

    public ArticlePageView Article(SiteArticle article)
    {
        var frontMatter = article.FrontMatter;
        return new ArticlePageView
        {
            Title = frontMatter.Title,
            Description = frontMatter.Summary,
            Lang = frontMatter.Lang,
            SitePath = article.SitePath,
            Site = _chrome,
            Subtitle = frontMatter.Subtitle,
            DateText = frontMatter.Date is { } date ? DateText.Format(date) : null,
            DateIso = frontMatter.Date is { } iso ? DateText.Iso(iso) : null,
            HtmlBody = article.HtmlBody,
            Persons = [.. article.Persons.Select(Link)],
            Tags = [.. article.Tags.Select(Link)],
            ImageCredit = frontMatter.ImageCredit,
            Source = frontMatter.Source,
        };
    }

    private TermIndexPageView TermIndex(TermKind kind, ImmutableArray<SiteTerm> terms, string sitePath, string title, Func<SiteTerm, string> letterOf) => new()
    {
        Title = title,
        Lang = _model.Settings.Language,
        Description = $"{title}: {terms.Length.ToString(CultureInfo.InvariantCulture)}",
        SitePath = sitePath,
        Site = _chrome,
        Kind = kind,
        Groups =
        [
            .. terms
                .GroupBy(letterOf, StringComparer.Ordinal)
                .Select(g => new TermGroupView(g.Key, [.. g.Select(t => new LinkView(t.Name, _urls.Url(t.SitePath), t.Articles.Length))])),
        ],
    };

    private TermPageView Term(TermKind kind, SiteTerm term, string title) => new()
    {
        Title = title,
        Lang = _model.Settings.Language,
        Description = $"{title}: {term.Articles.Length.ToString(CultureInfo.InvariantCulture)}",
        SitePath = term.SitePath,
        Site = _chrome,
        Kind = kind,
        Articles = [.. term.Articles.Select(ListItem)],
    };

    private ArticleListItemView ListItem(SiteArticle article) => new(
        article.FrontMatter.Title,
        _urls.Url(article.SitePath),
        article.FrontMatter.Date is { } date ? DateText.Format(date) : null,
        article.FrontMatter.Date is { } iso ? DateText.Iso(iso) : null,
        article.FrontMatter.Summary);

    private LinkView Link(SiteTermRef term) => new(term.Name, _urls.Url(term.SitePath));

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
