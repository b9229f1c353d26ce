namespace ArchiveSite.Benchmarks;

/// <summary>
/// A minimal Hugo site equivalent to ArchiveSite's output, over the same input/ Markdown: article pages at
/// /YYYY/MM/slug/ with tags, persons, previous/next and five related articles; the home page and the article
/// list paginated by 20; taxonomies tags and persons with an index and a paginated page per term; RSS for the
/// site and every term (20 entries); a sitemap and a 404 page. Hugo has no date archives, so the paginated
/// article section stands in for the month archives.
/// </summary>
public static class HugoSite
{
    /// <param name="related">Show five related articles on article pages, as ArchiveSite does. Hugo's related
    /// search is by far its most expensive part here; the site without it is measured as a second reference.</param>
    public static void Write(string hugoDirectory, string inputDirectory, bool related = true)
    {
        Directory.CreateDirectory(hugoDirectory);
        var content = Path.GetFullPath(inputDirectory).Replace('\\', '/');
        File.WriteAllText(Path.Combine(hugoDirectory, "config.toml"), $$"""
            baseURL = "http://localhost:8000/"
            languageCode = "uk"
            defaultContentLanguage = "uk"
            title = "Архів новин"
            contentDir = "{{content}}"
            paginate = 20
            rssLimit = 20
            disableKinds = []
            enableRobotsTXT = true

            [taxonomies]
              tag = "tags"
              person = "persons"

            [permalinks]
              articles = "/:year/:month/:slug/"

            [outputs]
              home = ["HTML", "RSS"]
              section = ["HTML"]
              taxonomy = ["HTML"]
              term = ["HTML", "RSS"]

            [related]
              includeNewer = true
              threshold = 1
              toLower = false
              [[related.indices]]
                name = "persons"
                weight = 200
                cardinalityThreshold = 20
              [[related.indices]]
                name = "tags"
                weight = 100
                cardinalityThreshold = 20
            """);
        WriteLayout(hugoDirectory, "_default/baseof.html", BaseOf);
        WriteLayout(hugoDirectory, "_default/single.html", related ? Single : Single.Replace(RelatedBlock, string.Empty, StringComparison.Ordinal));
        WriteLayout(hugoDirectory, "_default/list.html", List);
        WriteLayout(hugoDirectory, "_default/terms.html", Terms);
        WriteLayout(hugoDirectory, "index.html", List);
        WriteLayout(hugoDirectory, "404.html", NotFound);
        WriteLayout(hugoDirectory, "partials/item.html", Item);
    }

    private static void WriteLayout(string hugoDirectory, string name, string text)
    {
        var path = Path.Combine(hugoDirectory, "layouts", name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private const string BaseOf = """
        <!DOCTYPE html>
        <html lang="{{ with .Params.lang }}{{ . }}{{ else }}uk{{ end }}">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{ if .IsHome }}{{ site.Title }}{{ else }}{{ .Title }} — {{ site.Title }}{{ end }}</title>
        <meta name="description" content="{{ with .Params.summary }}{{ . }}{{ else }}{{ .Title }}{{ end }}">
        <link rel="canonical" href="{{ .Permalink }}">
        <meta property="og:type" content="{{ if .IsPage }}article{{ else }}website{{ end }}">
        <meta property="og:title" content="{{ .Title }}">
        <meta property="og:url" content="{{ .Permalink }}">
        <meta property="og:site_name" content="{{ site.Title }}">
        {{ range .AlternativeOutputFormats }}<link rel="alternate" type="{{ .MediaType.Type }}" href="{{ .RelPermalink }}">{{ end }}
        <link rel="alternate" type="application/rss+xml" href="{{ "index.xml" | relURL }}">
        <link rel="stylesheet" href="{{ "assets/site.css" | relURL }}">
        </head>
        <body>
        <header class="site-header"><a class="site-title" href="{{ "/" | relURL }}">{{ site.Title }}</a>
        <nav><ul><li><a href="{{ "/" | relURL }}">Статті</a></li><li><a href="{{ "tags/" | relURL }}">Теги</a></li><li><a href="{{ "persons/" | relURL }}">Особи</a></li><li><a href="{{ "articles/" | relURL }}">Архів</a></li></ul></nav>
        </header>
        <main id="content">
        {{ block "main" . }}{{ end }}
        </main>
        <footer class="site-footer"><span>{{ site.Title }}</span> <a href="{{ "index.xml" | relURL }}">RSS</a></footer>
        </body>
        </html>
        """;

    private const string Single = """
        {{ define "main" }}
        <article class="article">
        <header><h1>{{ .Title }}</h1>
        {{ with .Params.subtitle }}<p class="subtitle">{{ . }}</p>{{ end }}
        <time datetime="{{ .Date.Format "2006-01-02T15:04:05-07:00" }}">{{ .Date.Format "2 January 2006, 15:04" }}</time></header>
        <div class="article-body">{{ .Content }}</div>
        <footer>
        {{ with .Params.source }}<p class="source">Джерело: {{ . }}</p>{{ end }}
        {{ with .GetTerms "persons" }}<p>Особи: {{ range . }}<a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a> {{ end }}</p>{{ end }}
        {{ with .GetTerms "tags" }}<p>Теги: {{ range . }}<a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a> {{ end }}</p>{{ end }}
        </footer>
        </article>
        <nav class="article-nav">
        {{ with .NextInSection }}<a href="{{ .RelPermalink }}" rel="prev">{{ .Title }}</a>{{ end }}
        {{ with .PrevInSection }}<a href="{{ .RelPermalink }}" rel="next">{{ .Title }}</a>{{ end }}
        </nav>
        {{ $related := site.RegularPages.Related . | first 5 }}{{ with $related }}<section class="related"><h2>Схожі статті</h2><ul>{{ range . }}{{ partial "item.html" . }}{{ end }}</ul></section>{{ end }}
        {{ end }}
        """;

    private const string RelatedBlock = """{{ $related := site.RegularPages.Related . | first 5 }}{{ with $related }}<section class="related"><h2>Схожі статті</h2><ul>{{ range . }}{{ partial "item.html" . }}{{ end }}</ul></section>{{ end }}""";

    private const string List = """
        {{ define "main" }}
        <h1>{{ .Title }}</h1>
        {{ $pages := .RegularPages }}
        {{ if .IsHome }}{{ $pages = site.RegularPages }}{{ end }}
        {{ $paginator := .Paginate $pages }}
        <ul class="article-list">{{ range $paginator.Pages }}{{ partial "item.html" . }}{{ end }}</ul>
        {{ template "_internal/pagination.html" . }}
        {{ end }}
        """;

    private const string Terms = """
        {{ define "main" }}
        <h1>{{ .Title }}</h1>
        <ul class="terms">{{ range .Data.Terms.Alphabetical }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> <span>{{ .Count }}</span></li>{{ end }}</ul>
        {{ end }}
        """;

    private const string Item = """
        <li><a href="{{ .RelPermalink }}">{{ .Title }}</a> <time datetime="{{ .Date.Format "2006-01-02T15:04:05-07:00" }}">{{ .Date.Format "2 January 2006" }}</time>{{ with .Params.summary }}<p>{{ . }}</p>{{ end }}</li>
        """;

    private const string NotFound = """
        {{ define "main" }}<h1>Сторінку не знайдено</h1><p><a href="{{ "/" | relURL }}">На головну</a></p>{{ end }}
        """;
}
