using System.Collections.Immutable;
using ArchiveSite.Core.Content;
using ArchiveSite.Core.Output;
using ArchiveSite.Core.Search;
using ArchiveSite.Core.Search.Words;
using ArchiveSite.Core.Site;

namespace ArchiveSite.Core.Tests.Search;

public sealed class SearchIndexWriterTests
{
    private static readonly string[] s_words =
    [
        "уряд", "закон", "рада", "бюджет", "вибори", "санкції", "переговори", "енергетика", "школа", "лікарня", "дорога",
        "армія", "фронт", "місто", "село", "область", "податки", "ціни", "зарплати", "пенсії", "вчителі", "лікарі",
        "депутати", "міністр", "суд", "прокурор", "поліція", "вода", "тепло", "світло", "зерно", "експорт", "порт",
    ];

    private static readonly string[] s_persons = ["Андрій Сибіга", "Ольга Стефанішина", "Сергій Рябков", "Юлія Свириденко"];

    private static readonly string[] s_tags = ["політика", "економіка", "освіта", "Київ", "Львів", "Одеса"];

    [Fact]
    public void Build_SameArticlesInAnyOrder_SameBytes()
    {
        var pages = Pages(300);
        var first = SearchIndexWriter.Build(Model(pages)).Files;
        var second = SearchIndexWriter.Build(Model([.. pages.AsEnumerable().Reverse()])).Files;

        Assert.Equal(first.Select(f => f.Path), second.Select(f => f.Path));
        Assert.All(first.Zip(second), pair => Assert.True(pair.First.Content.Span.SequenceEqual(pair.Second.Content.Span), pair.First.Path));
    }

    [Fact]
    public void Build_WithATermCacheThatReadOtherArticlesFirst_SameBytes()
    {
        // As in serve: the cache numbered its keys in the order an earlier build met them.
        var pages = Pages(300);
        var cache = new SearchTermCache();
        SearchIndexWriter.Build(Model([.. pages.Skip(150).Reverse(), Page(999, "Зовсім інші слова", "Аеропорт, метро, трамвай.", "Тролейбус і фунікулер.")]), cache);

        var fresh = SearchIndexWriter.Build(Model(pages)).Files;
        var cached = SearchIndexWriter.Build(Model(pages), cache).Files;

        Assert.Equal(fresh.Select(f => f.Path), cached.Select(f => f.Path));
        Assert.All(fresh.Zip(cached), pair => Assert.True(pair.First.Content.Span.SequenceEqual(pair.Second.Content.Span), pair.First.Path));
    }

    [Fact]
    public void Build_FilesAreNamedAfterTheirBytes_ExceptTheMetaFile()
    {
        var files = SearchIndexWriter.Build(Model(Pages(120))).Files;

        Assert.Equal(SearchIndexLayout.MetaFile, files[^1].Path);
        Assert.All(files.SkipLast(1), f =>
        {
            var name = Path.GetFileNameWithoutExtension(f.Path);
            Assert.Equal(Convert.ToHexStringLower(System.IO.Hashing.XxHash64.Hash(f.Content.Span))[..SearchIndexLayout.HashLength], name);
        });
        Assert.Equal(files.Count, files.Select(f => f.Path).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Postings_ListExactlyTheArticlesWithTheWord_InAnyOfItsForms()
    {
        var pages = Pages(200);
        var model = Model(pages);
        var index = new SearchIndexReader(SearchIndexWriter.Build(model).Files);
        var oldestFirst = model.Articles.Reverse().ToList();
        var key = WordKeys.Key("санкціях", "uk");

        var expected = oldestFirst.Select((a, i) => (a, i))
            .Where(x => WordTokenizer.Tokenize(Text(x.a)).Any(t => WordKeys.Key(Text(x.a).Substring(t.Start, t.Length), "uk") == key))
            .Select(x => x.i).ToArray();

        Assert.NotEmpty(expected);
        Assert.Equal(expected, index.DocumentsOf(key));
    }

    [Fact]
    public void Filters_ArePostingsOfPersonTagAndYear()
    {
        var model = Model(Pages(150));
        var index = new SearchIndexReader(SearchIndexWriter.Build(model).Files);
        var oldestFirst = model.Articles.Reverse().ToList();

        Assert.Equal(Where(oldestFirst, a => a.Persons.Any(p => p.Name == "Сергій Рябков")), index.DocumentsOf("#p:Сергій Рябков"));
        Assert.Equal(Where(oldestFirst, a => a.Tags.Any(t => t.Name == "Одеса")), index.DocumentsOf("#t:Одеса"));
        Assert.Equal(Where(oldestFirst, a => a.FrontMatter.Date!.Value.Year == 2021), index.DocumentsOf("#y:2021"));
        Assert.Contains(index.Meta.GetProperty("years").EnumerateArray(), y => y[0].GetInt32() == 2021 && y[1].GetInt32() == index.DocumentsOf("#y:2021").Length);
    }

    [Fact]
    public void CommonWord_IsStoredAsBitmaps_AndKeepsItsStrongFields()
    {
        var pages = Pages(400).Select((p, i) => p with { FrontMatter = p.FrontMatter with { Title = (i % 3 == 0 ? "Бюджет: " : string.Empty) + p.FrontMatter.Title } }).ToArray();
        var model = Model(pages);
        var index = new SearchIndexReader(SearchIndexWriter.Build(model).Files);
        var entry = index.Keys[WordKeys.Key("Бюджет", "uk")];

        Assert.Equal(1, entry.Encoding);
        var oldestFirst = model.Articles.Reverse().ToList();
        int[] strong = [.. entry.Postings.Where(p => p.Strong).Select(p => p.Document)];
        var key = WordKeys.Key("бюджет", "uk");
        Assert.Equal(Where(oldestFirst, a => WordTokenizer.Tokenize(a.FrontMatter.Title).Any(t => WordKeys.Key(a.FrontMatter.Title.Substring(t.Start, t.Length), "uk") == key)), strong);
    }

    [Fact]
    public void Records_KeepTheTextAsWritten_HtmlIncluded()
    {
        var hostile = Page(0, "<script>alert('x')</script> & \"лапки\" — санкції", "<img src=x onerror=alert(1)>", "Тіло.");
        var index = new SearchIndexReader(SearchIndexWriter.Build(Model([hostile])).Files);
        var record = Assert.Single(index.Records());

        Assert.Equal(hostile.FrontMatter.Title, record.GetProperty("t").GetString());
        Assert.Equal(hostile.FrontMatter.Summary, record.GetProperty("s").GetString());
        Assert.DoesNotContain(index.Files.Values, bytes => System.Text.Encoding.UTF8.GetString(bytes).Contains("<script>", StringComparison.Ordinal));
    }

    [Fact]
    public void OneArticleEdited_RewritesOnlyAFewFiles()
    {
        var pages = Pages(1000);
        var before = Paths(SearchIndexWriter.Build(Model(pages)).Files);
        var edited = pages.ToArray();
        edited[500] = edited[500] with { FrontMatter = edited[500].FrontMatter with { Summary = "Оновлено. " + edited[500].FrontMatter.Summary } };
        var after = Paths(SearchIndexWriter.Build(Model(edited)).Files);

        var written = after.Except(before).ToList();
        Assert.InRange(written.Count, 1, 6);
        Assert.Contains(written, p => p.StartsWith(SearchIndexLayout.MetaFile + ":", StringComparison.Ordinal));
        Assert.True(after.Count > 100, $"{after.Count} files");
    }

    [Fact]
    public void NewestArticleAdded_KeepsEveryFullChunkOfTheOthers()
    {
        var pages = Pages(160);
        var before = SearchIndexWriter.Build(Model(pages)).Files.Where(f => f.Path.Contains("/d/", StringComparison.Ordinal)).Select(f => f.Path).ToHashSet();
        var added = Page(999, "Найновіша стаття про бюджет", "Підсумок.", "Тіло статті.") with { };
        added = added with { FrontMatter = added.FrontMatter with { Date = new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero) } };
        var after = SearchIndexWriter.Build(Model([.. pages, added])).Files.Where(f => f.Path.Contains("/d/", StringComparison.Ordinal)).Select(f => f.Path).ToHashSet();

        Assert.Equal(before.Count, before.Intersect(after).Count());
    }

    [Fact]
    public void EmptyArchive_GivesAnIndexWithNoShards()
    {
        var index = new SearchIndexReader(SearchIndexWriter.Build(Model([])).Files);

        Assert.Equal(0, index.Documents);
        Assert.Empty(index.Keys);
    }

    private static HashSet<string> Paths(IReadOnlyList<SiteFile> files) => [.. files.Select(f => f.Path + ":" + Convert.ToHexString(System.IO.Hashing.XxHash64.Hash(f.Content.Span)))];

    private static int[] Where(List<SiteArticle> oldestFirst, Func<SiteArticle, bool> predicate) =>
        [.. oldestFirst.Select((a, i) => (a, i)).Where(x => predicate(x.a)).Select(x => x.i)];

    private static string Text(SiteArticle article) =>
        string.Join(' ', article.FrontMatter.Title, article.FrontMatter.Summary, article.Body.ReadMarkdown(), string.Join(' ', article.Persons.Select(p => p.Name)), string.Join(' ', article.Tags.Select(t => t.Name)));

    private static SiteModel Model(IReadOnlyList<InputPage> pages) => SiteModelBuilder.Build(pages, SiteSettings.Default);

    private static InputPage[] Pages(int count)
    {
        var random = new Random(7);
        var pages = new InputPage[count];
        for (var i = 0; i < count; i++)
        {
            string Words(int n) => string.Join(' ', Enumerable.Range(0, n).Select(_ => s_words[random.Next(s_words.Length)]));
            var page = Page(i, Words(6), Words(12) + ".", Words(60) + (random.Next(5) == 0 ? " Йшлося про нові санкціях." : "."));
            pages[i] = page with
            {
                FrontMatter = page.FrontMatter with
                {
                    Persons = [s_persons[random.Next(s_persons.Length)]],
                    Tags = [s_tags[random.Next(s_tags.Length)]],
                    Date = new DateTimeOffset(2016 + random.Next(10), 1 + random.Next(12), 1 + random.Next(28), random.Next(24), 0, 0, TimeSpan.FromHours(2)),
                },
            };
        }

        return pages;
    }

    private static InputPage Page(int i, string title, string summary, string body) =>
        new($"articles/{i}.md", new FrontMatter
        {
            Title = title,
            Slug = $"stattia-{i}",
            Lang = "uk",
            Summary = summary,
            Date = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero).AddHours(i),
            Persons = ImmutableArray<string>.Empty,
            Tags = ImmutableArray<string>.Empty,
        }, ArticleBody.Of(MarkdownText.Escape(body)));
}
