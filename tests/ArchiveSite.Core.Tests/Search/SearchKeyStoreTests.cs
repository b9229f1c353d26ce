using System.Collections.Immutable;
using ArchiveSite.Core.Content;
using ArchiveSite.Core.Search;
using ArchiveSite.Core.Site;

namespace ArchiveSite.Core.Tests.Search;

/// <summary>The keys stored by one build are what the next one indexes unchanged articles from.</summary>
public sealed class SearchKeyStoreTests : IDisposable
{
    private const string Identity = "engine 1";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "archivesite-keys-" + Guid.NewGuid().ToString("N"));

    public SearchKeyStoreTests() => Directory.CreateDirectory(_folder);

    private string StorePath => Path.Combine(_folder, "output.search-keys");

    [Fact]
    public void StoredKeys_IndexArticlesWhoseBodiesAreGone_ToTheSameBytes()
    {
        var texts = Enumerable.Range(0, 40).Select(i => $"Уряд ухвалив бюджет номер {i}. Депутати обговорили санкції і вибори.").ToArray();
        var inMemory = Model(texts, i => ArticleBody.Of(MarkdownText.Escape(texts[i])));
        var expected = WriteWithStore(inMemory, new SearchTermCache(keep: false));

        // The same articles, their bodies in files that no longer exist: only the store can give their keys.
        var cache = new SearchTermCache(keep: false);
        cache.AddStored(StorePath, Identity);
        var gone = Model(texts, i => ArticleBody.InFile(Path.Combine(_folder, $"missing-{i}.md"), 0, MarkdownText.Escape(texts[i])));
        var files = SearchIndexWriter.Build(gone, cache).Files;

        Assert.Equal(expected.Select(f => f.Path), files.Select(f => f.Path));
    }

    [Theory]
    [InlineData("other engine")]
    [InlineData(null)]
    public void StoreOfAnotherEngine_OrDamaged_IsNotUsed(string? identity)
    {
        var texts = new[] { "Школа відкрилася після ремонту." };
        WriteWithStore(Model(texts, i => ArticleBody.Of(texts[i])), new SearchTermCache(keep: false));
        if (identity is null)
        {
            var bytes = File.ReadAllBytes(StorePath);
            File.WriteAllBytes(StorePath, bytes[..(bytes.Length / 2)]);
        }

        var read = SearchKeyStore.Read(StorePath, identity ?? Identity, new SearchKeys());

        Assert.Empty(read);
    }

    [Fact]
    public void ArticleKey_ChangesWithEveryFieldTheKeysComeFrom()
    {
        var article = new FrontMatter { Title = "Заголовок", Slug = "s", Lang = "uk", Summary = "Підсумок", Persons = ["Іван Франко"], Tags = ["історія"] };
        var key = SearchKeyStore.ArticleKey(article, "h1");

        Assert.Equal(key, SearchKeyStore.ArticleKey(article with { Slug = "other" }, "h1"));
        Assert.All(
            new[]
            {
                SearchKeyStore.ArticleKey(article, "h2"),
                SearchKeyStore.ArticleKey(article with { Title = "Інший" }, "h1"),
                SearchKeyStore.ArticleKey(article with { Subtitle = "Підзаголовок" }, "h1"),
                SearchKeyStore.ArticleKey(article with { Summary = "Інший" }, "h1"),
                SearchKeyStore.ArticleKey(article with { Lang = "ru" }, "h1"),
                SearchKeyStore.ArticleKey(article with { Persons = ["Леся Українка"] }, "h1"),
                SearchKeyStore.ArticleKey(article with { Tags = ["культура"] }, "h1"),
            },
            other => Assert.NotEqual(key, other));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private List<ArchiveSite.Core.Output.SiteFile> WriteWithStore(SiteModel model, SearchTermCache cache)
    {
        var files = new List<ArchiveSite.Core.Output.SiteFile>();
        var keys = cache.Keys;
        using (var store = new SearchKeyStore.Writer(StorePath, Identity))
        {
            SearchIndexWriter.Write(model, cache, files.Add, store, CancellationToken.None);
            store.Commit(keys);
        }

        return files;
    }

    private static SiteModel Model(string[] texts, Func<int, ArticleBody> body) =>
        SiteModelBuilder.Build(
            [.. texts.Select((text, i) => new InputPage($"articles/{i}.md", new FrontMatter
            {
                Title = $"Новина {i}",
                Slug = $"novyna-{i}",
                Lang = "uk",
                Summary = "Підсумок дня.",
                Date = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero).AddDays(i),
                Persons = ImmutableArray<string>.Empty,
                Tags = ImmutableArray<string>.Empty,
            }, body(i)))],
            SiteSettings.Default);
}
