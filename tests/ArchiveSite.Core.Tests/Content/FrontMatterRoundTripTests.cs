using ArchiveSite.Core.Content;

namespace ArchiveSite.Core.Tests.Content;

public sealed class FrontMatterRoundTripTests
{
    public static TheoryData<string> Titles => new()
    {
        "У Кремлі цинічно прокоментували обговорення \"ключових подразників\" зі США: деталі",
        "Двокрапка: на початку, і # решітка, і 'апостроф' та ’ʼ",
        "- починається з дефіса",
        "true",
        "null",
        "Зворотна \\ коса і \t табуляція",
        "Рядок\nз переносом",
        "«Ялинки» та „лапки“ — і тире",
        "[дужки] {фігурні} & амперсанд * зірка | риска",
        "--- схоже на огорожу",
        "Latin and 中文 and emoji 🙂",
    };

    [Theory]
    [MemberData(nameof(Titles))]
    public void WriteThenRead_AnyTitle_GivesTheSameFrontMatter(string title)
    {
        var original = new FrontMatter
        {
            Title = title,
            Subtitle = title + " (підзаголовок)",
            Date = new DateTimeOffset(2025, 12, 23, 15, 30, 0, TimeSpan.FromHours(2)),
            Slug = "u-kremli",
            Lang = "uk",
            Summary = "Дипломати Росії та США: \"подразники\"…",
            Tags = ["Росія", "США", "переговори", "true", "a: b", "Кот-д'Івуар"],
            Persons = ["Сергій Рябков", "Стів Віткофф"],
            Source = "Коментарі",
            ImageCredit = "з відкритих джерел",
            Seed = "000_4fc3a1f97c3ac14c.txt",
        };

        var text = FrontMatterWriter.Write(original, "Тіло сторінки.\n");
        var page = FrontMatterReader.Read("articles/x.md", text);

        Assert.Equal(original, page.FrontMatter);
        Assert.Equal("Тіло сторінки.\n", page.Body);
    }

    [Fact]
    public void Write_Seed_UsesTheDesignsFieldOrderAndFormat()
    {
        var text = FrontMatterWriter.Write(
            new FrontMatter
            {
                Title = "Заголовок",
                Date = new DateTimeOffset(2025, 12, 23, 15, 30, 0, TimeSpan.FromHours(2)),
                Slug = "zaholovok",
                Lang = "uk",
                Tags = ["Росія", "США"],
                Persons = ["Сергій Рябков"],
            },
            "Текст.");

        Assert.Equal(
            "---\ntitle: \"Заголовок\"\ndate: 2025-12-23T15:30:00+02:00\nslug: zaholovok\nlang: uk\ntags: [Росія, США]\npersons: [Сергій Рябков]\n---\n\nТекст.\n",
            text);
    }

    [Fact]
    public void Read_MalformedYaml_ReportsFileLineAndColumn()
    {
        var ex = Assert.Throws<ContentFormatException>(() => FrontMatterReader.Read("articles/bad.md", "---\ntitle: \"ok\"\nslug: [unclosed\n---\n\nТекст\n"));

        Assert.StartsWith("articles/bad.md:", ex.Message, StringComparison.Ordinal);
        Assert.True(ex.Line >= 3, $"line {ex.Line}");
    }

    [Theory]
    [InlineData("---\nslug: a\n---\n", "no title")]
    [InlineData("---\ntitle: \"A\"\n---\n", "no slug")]
    [InlineData("---\ntitle: \"A\"\nslug: a\ndate: вчора\n---\n", "not an ISO 8601 date")]
    [InlineData("title: A\n", "front matter fence")]
    public void Read_InvalidFrontMatter_SaysWhatIsWrong(string text, string problem)
    {
        var ex = Assert.Throws<ContentFormatException>(() => FrontMatterReader.Read("articles/p.md", text));

        Assert.Contains(problem, ex.Message, StringComparison.Ordinal);
        Assert.StartsWith("articles/p.md:", ex.Message, StringComparison.Ordinal);
    }
}
