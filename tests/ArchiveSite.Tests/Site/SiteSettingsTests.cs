using System.Text.Json;
using System.Text.RegularExpressions;
using ArchiveSite.Core.Content;

namespace ArchiveSite.Tests.Site;

public sealed class SiteSettingsTests : IDisposable
{
    private readonly TempSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task Build_EnglishSiteYml_UsesEnglishWordsAndDates()
    {
        WritePage("Заголовок", "stattia");
        var config = Path.Combine(_site.Root, "site.yml");
        File.WriteAllText(config, "title: \"The Archive\"\nlanguage: en\nbase_url: https://example.org/news\nitems_per_page: 5\n");

        var (code, _, errors) = await _site.BuildAsync(null, "--config", config);

        Assert.True(code == 0, errors);
        var home = File.ReadAllText(Path.Combine(_site.Output, "index.html"));
        Assert.Contains("<html lang=\"en\">", home, StringComparison.Ordinal);
        Assert.Contains(">People</a>", home, StringComparison.Ordinal);
        Assert.Contains("23 December 2025, 15:30", home, StringComparison.Ordinal);
        Assert.Contains("href=\"/news/tags/\"", home, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"canonical\" href=\"https://example.org/news/\"", home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_BadSiteYml_FailsNamingTheFile()
    {
        var config = Path.Combine(_site.Root, "site.yml");
        File.WriteAllText(config, "title: Архів\nlanguage: fr\n");

        var (code, _, errors) = await _site.BuildAsync(null, "--config", config);

        Assert.Equal(1, code);
        Assert.Contains($"error: {config}:2:11: language: 'fr' is not one of uk, en", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_HostileTitle_CannotLeaveTheJsonLdScript()
    {
        const string title = "</script><script>window.__pwned=1</script> & \"лапки\" <!--";
        WritePage(title, "hostile");

        var (code, _, errors) = await _site.BuildAsync();

        Assert.True(code == 0, errors);
        var page = File.ReadAllText(Directory.GetFiles(_site.Output, "index.html", SearchOption.AllDirectories).Single(f => f.Contains("hostile", StringComparison.Ordinal)));
        var scripts = Regex.Matches(page, "<script[^>]*>(.*?)</script>", RegexOptions.Singleline);
        var jsonLd = Assert.Single(scripts);
        Assert.Contains("application/ld+json", jsonLd.Value, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(jsonLd.Groups[1].Value);
        Assert.Equal(title, json.RootElement.GetProperty("headline").GetString());
        Assert.DoesNotContain("<script>window", page, StringComparison.Ordinal);
    }

    private void WritePage(string title, string slug)
    {
        var path = Path.Combine(_site.Input, "articles", "2025", "12", slug + ".md");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, FrontMatterWriter.Write(
            new FrontMatter
            {
                Title = title,
                Date = new DateTimeOffset(2025, 12, 23, 15, 30, 0, TimeSpan.FromHours(2)),
                Slug = slug,
                Lang = "uk",
                Persons = ["Сергій Рябков"],
                Tags = ["США"],
            },
            "Текст.\n"));
    }
}
