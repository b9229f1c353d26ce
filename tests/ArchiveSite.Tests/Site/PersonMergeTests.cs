using ArchiveSite.Core.Content;

namespace ArchiveSite.Tests.Site;

public sealed class PersonMergeTests : IDisposable
{
    private readonly TempSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task Build_RussianAndUkrainianSpellings_ShareOnePersonPage()
    {
        WritePage("uk-article", "uk", "Сергій Рябков", 10);
        WritePage("ru-article", "ru", "Сергей Рябков", 11);

        var (code, _, errors) = await _site.BuildAsync();

        Assert.True(code == 0, errors);
        var persons = Directory.GetDirectories(Path.Combine(_site.Output, "persons"));
        var page = File.ReadAllText(Path.Combine(Assert.Single(persons), "index.html"));
        Assert.Contains("<h1>Сергій Рябков</h1>", page, StringComparison.Ordinal);
        Assert.Contains("/2025/12/uk-article/", page, StringComparison.Ordinal);
        Assert.Contains("/2025/12/ru-article/", page, StringComparison.Ordinal);
        var russian = File.ReadAllText(Path.Combine(_site.Output, "2025", "12", "ru-article", "index.html"));
        Assert.Contains(">Сергей Рябков</a>", russian, StringComparison.Ordinal);
    }

    private void WritePage(string slug, string lang, string person, int day)
    {
        var path = Path.Combine(_site.Input, "articles", "2025", "12", slug + ".md");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, FrontMatterWriter.Write(
            new FrontMatter
            {
                Title = $"Стаття {slug}",
                Date = new DateTimeOffset(2025, 12, day, 10, 0, 0, TimeSpan.FromHours(2)),
                Slug = slug,
                Lang = lang,
                Persons = [person],
            },
            "Текст.\n"));
    }
}
