using System.Text;
using ArchiveSite.Core.Content;

namespace ArchiveSite.Core.Tests.Content;

/// <summary>Loading input/: bodies left in their files, bodies checked once, pages kept between loads.</summary>
public sealed class InputLoaderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("archivesite-input-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void LoadedPage_KeepsItsBodyInTheFileAndReadsItBackWhole()
    {
        const string body = "Перший абзац — «лапки», ґ, ї, є.\n\n> Цитата.\n\nОстанній абзац.\n";
        var file = WritePage("2025/12/stattia.md", "---\ntitle: \"Стаття\"\nslug: stattia\n---\n\n" + body);

        var input = InputLoader.Load(_folder);

        var page = Assert.Single(input.Pages);
        Assert.Equal(ArticleBody.HashOf(body), page.Body.Hash);
        Assert.Equal(body, page.Body.ReadMarkdown());
        Assert.Contains("<blockquote>", page.Body.ToHtml(), StringComparison.Ordinal);
        Assert.True(File.Exists(file));
    }

    [Fact]
    public async Task PageChangedAfterLoading_IsAnErrorNamingTheFile_NotAnotherText()
    {
        var file = WritePage("2025/12/stattia.md", "---\ntitle: \"Стаття\"\nslug: stattia\n---\n\nТекст, який був.\n");
        var page = Assert.Single(InputLoader.Load(_folder).Pages);

        await File.WriteAllTextAsync(file, "---\ntitle: \"Стаття\"\nslug: stattia\n---\n\nТекст, який став.\n");

        var error = Assert.Throws<IOException>(page.Body.ReadMarkdown);
        Assert.Contains(file, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BodyCheckedByAnEarlierBuild_IsNotCheckedAgain_AndAnUncheckedOneIs()
    {
        var tooDeep = new string('>', 20_000) + " Т\n";
        WritePage("2025/12/gliboko.md", "---\ntitle: \"Т\"\nslug: gliboko\n---\n\n" + tooDeep);

        var unchecked_ = InputLoader.Load(_folder);
        var known = InputLoader.Load(_folder, new HashSet<string>([ArticleBody.HashOf(tooDeep)]));

        Assert.Contains(unchecked_.Problems, p => p.StartsWith("articles/2025/12/gliboko.md:6:1:", StringComparison.Ordinal));
        Assert.Empty(known.Problems);
        Assert.Single(known.Pages);
    }

    [Fact]
    public void Load_WithACache_TakesUnchangedPagesFromIt_ReadsChangedOnes_AndForgetsRemovedOnes()
    {
        var kept = WritePage("2025/12/kept.md", Page("kept", "Текст, що лишився."));
        var changed = WritePage("2025/12/changed.md", Page("changed", "Текст до зміни."));
        var removed = WritePage("2025/12/removed.md", Page("removed", "Текст сторінки, яку приберуть."));
        var cache = new InputCache();
        var first = InputLoader.Load(_folder, cache: cache).Pages.ToDictionary(p => p.FrontMatter.Slug);

        File.WriteAllText(changed, File.ReadAllText(changed).Replace("до зміни", "після зміни, довший", StringComparison.Ordinal), new UTF8Encoding(false));
        File.Delete(removed);
        var second = InputLoader.Load(_folder, cache: cache).Pages.ToDictionary(p => p.FrontMatter.Slug);

        Assert.Same(first["kept"], second["kept"]);
        Assert.NotSame(first["changed"], second["changed"]);
        Assert.Contains("після зміни", second["changed"].Body.ReadMarkdown(), StringComparison.Ordinal);
        Assert.False(second.ContainsKey("removed"));
        Assert.True(File.Exists(kept));
    }

    private static string Page(string slug, string body) => $"---\ntitle: \"{slug}\"\nslug: {slug}\n---\n\n{body}\n";

    private string WritePage(string relative, string text)
    {
        var file = Path.Combine(_folder, InputLoader.ArticlesFolder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, text, new UTF8Encoding(false));
        return file;
    }
}
