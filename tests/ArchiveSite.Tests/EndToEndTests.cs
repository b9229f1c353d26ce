using ArchiveSite.Core.Import;
using ArchiveSite.Core.Seeds;

namespace ArchiveSite.Tests;

public sealed class EndToEndTests : IDisposable
{
    private static readonly string[] s_seedPersons = ["Сергій Рябков", "Кирило Дмитрієв", "Стів Віткофф", "Джаред Кушнер", "Йоганн Вадефуль"];

    private readonly TempSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task ImportAndBuild_Seed_ArticlePageHasEveryParagraphAsText()
    {
        var articlePage = await BuildSeedSiteAsync();

        var html = File.ReadAllText(articlePage);
        var text = SiteLinks.Text(html);
        var seed = ParseSeed();
        Assert.Contains(seed.Title, text, StringComparison.Ordinal);
        Assert.Contains(seed.Subtitle!, text, StringComparison.Ordinal);
        foreach (var paragraph in seed.Body)
        {
            Assert.Contains(paragraph.Text, text, StringComparison.Ordinal);
        }

        Assert.Contains("з відкритих джерел", text, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"uk\">", html, StringComparison.Ordinal);
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.DoesNotMatch("&#(x0*4[0-9A-Fa-f]{2}|0*1[0-2][0-9]{2});", html);
        Assert.Contains("Рябков", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportAndBuild_Seed_EachOfTheFivePersonsHasAPageLinkingBackToTheArticle()
    {
        var articlePage = await BuildSeedSiteAsync();
        var articleUrl = "/" + Path.GetRelativePath(_site.Output, Path.GetDirectoryName(articlePage)!).Replace('\\', '/') + "/";

        var personsIndex = File.ReadAllText(Path.Combine(_site.Output, "persons", "index.html"));
        var articleHtml = File.ReadAllText(articlePage);
        foreach (var person in s_seedPersons)
        {
            Assert.Contains(person, SiteLinks.Text(personsIndex), StringComparison.Ordinal);
            var personLink = System.Text.RegularExpressions.Regex.Match(articleHtml, $"href=\"(/persons/[^\"]+)\"[^>]*>{person}<").Groups[1].Value;
            Assert.NotEmpty(personLink);
            var personPage = File.ReadAllText(Path.Combine(_site.Output, personLink.Trim('/'), "index.html"));
            Assert.Contains(person, personPage, StringComparison.Ordinal);
            Assert.Contains(articleUrl, SiteLinks.Links(personPage));
        }
    }

    [Fact]
    public async Task ImportAndBuild_Seed_PersonsIndexIsSortedBySurname()
    {
        await BuildSeedSiteAsync();

        var text = SiteLinks.Text(File.ReadAllText(Path.Combine(_site.Output, "persons", "index.html")));
        var positions = new[] { "Йоганн Вадефуль", "Стів Віткофф", "Кирило Дмитрієв", "Джаред Кушнер", "Сергій Рябков" }
            .Select(name => text.IndexOf(name, StringComparison.Ordinal))
            .ToList();
        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
    }

    [Fact]
    public async Task ImportAndBuild_Seed_EveryInternalLinkResolves()
    {
        await BuildSeedSiteAsync();

        Assert.True(File.Exists(Path.Combine(_site.Output, "index.html")));
        Assert.True(File.Exists(Path.Combine(_site.Output, "tags", "index.html")));
        Assert.Empty(SiteLinks.Broken(_site.Output));
    }

    [Fact]
    public async Task Build_Twice_IsByteIdentical()
    {
        await BuildSeedSiteAsync();
        var second = Path.Combine(_site.Root, "output-2");

        var (code, _, errors) = await _site.BuildAsync(second);

        Assert.True(code == 0, errors);
        var first = Directory.GetFiles(_site.Output, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(_site.Output, f)).Order(StringComparer.Ordinal).ToList();
        var again = Directory.GetFiles(second, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(second, f)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(first, again);
        foreach (var file in first)
        {
            Assert.True(File.ReadAllBytes(Path.Combine(_site.Output, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(second, file))), file);
        }
    }

    [Fact]
    public async Task Import_Twice_LeavesThePageByteIdentical()
    {
        _site.AddRepositorySeed();
        await _site.ImportAsync();
        var page = Directory.GetFiles(Path.Combine(_site.Input, "articles"), "*.md", SearchOption.AllDirectories).Single();
        var before = File.ReadAllBytes(page);

        var (code, output, errors) = await _site.ImportAsync();

        Assert.True(code == 0, errors);
        Assert.Contains("1 unchanged", output, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(page));
    }

    [Fact]
    public async Task Import_Seed_WritesTheDesignsFrontMatter()
    {
        _site.AddRepositorySeed();

        await _site.ImportAsync();

        var page = Directory.GetFiles(Path.Combine(_site.Input, "articles", "2025", "12"), "*.md").Single();
        var text = File.ReadAllText(page);
        Assert.StartsWith("---\ntitle: \"У Кремлі цинічно прокоментували обговорення \\\"ключових подразників\\\" зі США: деталі\"\n", text, StringComparison.Ordinal);
        Assert.Contains("\ndate: 2025-12-23T15:30:00+02:00\n", text, StringComparison.Ordinal);
        Assert.Contains("\npersons: [Сергій Рябков, Кирило Дмитрієв, Стів Віткофф, Джаред Кушнер, Йоганн Вадефуль]\n", text, StringComparison.Ordinal);
        Assert.Contains("\nsource: \"Коментарі\"\n", text, StringComparison.Ordinal);
        Assert.Contains("\nimage_credit: \"з відкритих джерел\"\n", text, StringComparison.Ordinal);
        Assert.Equal("u-kremli-tsynichno-prokomentuvaly-obhovorennia-kliuchovykh-podraznykiv-zi-ssha.md", Path.GetFileName(page));
        Assert.Contains("Сергій Рябков", File.ReadAllText(Path.Combine(_site.Input, "_data", "persons.yml")), StringComparison.Ordinal);
        Assert.Contains("переговори", File.ReadAllText(Path.Combine(_site.Input, "_data", "tags.yml")), StringComparison.Ordinal);
    }

    private async Task<string> BuildSeedSiteAsync()
    {
        _site.AddRepositorySeed();
        var (importCode, _, importErrors) = await _site.ImportAsync();
        Assert.True(importCode == 0, importErrors);
        var (buildCode, _, buildErrors) = await _site.BuildAsync();
        Assert.True(buildCode == 0, buildErrors);
        return Directory.GetFiles(Path.Combine(_site.Output, "2025", "12"), "index.html", SearchOption.AllDirectories).Single();
    }

    private static SeedDocument ParseSeed() =>
        SeedParser.Parse(RepositoryFiles.SeedFileName, SeedReader.Decode(RepositoryFiles.SeedFileName, File.ReadAllBytes(RepositoryFiles.SeedPath)), Zones.Kyiv);
}
