using ArchiveSite.Core.Import;
using ArchiveSite.Core.Seeds;

namespace ArchiveSite.Core.Tests.Seeds;

public sealed class SeedParserEdgeCaseTests
{
    [Fact]
    public void Parse_UnreadableDate_IsUndatedWarnsAndKeepsTheLine()
    {
        var seed = SeedParser.Parse("bad-date.txt", "Заголовок\n\n32 грудня 2025, 15:30\nТекст статті.\n", Zones.Kyiv);

        Assert.Null(seed.Date);
        Assert.Contains(seed.Body, p => p.Text == "32 грудня 2025, 15:30");
        Assert.Equal("Текст статті.", seed.Lead?.Text);
        Assert.Contains(seed.Warnings, w => w.StartsWith("bad-date.txt:3:", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_FutureDate_KeepsTheDateAndWarns()
    {
        var seed = SeedParser.Parse("future.txt", "Заголовок\n\n1 січня 2999, 10:00\nТекст.\n", Zones.Kyiv);

        Assert.Equal(2999, seed.Date?.Year);
        Assert.Contains(seed.Warnings, w => w.Contains("in the future", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_HeadlineOnly_GivesATitleAndAWarning()
    {
        var seed = SeedParser.Parse("title-only.txt", "Лише заголовок\n", Zones.Kyiv);

        Assert.Equal("Лише заголовок", seed.Title);
        Assert.Empty(seed.Body);
        Assert.Contains(seed.Warnings, w => w.Contains("no body", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_TenMegabyteParagraph_KeepsItWhole()
    {
        var paragraph = string.Concat(Enumerable.Repeat("Дуже довгий абзац без кінця і краю. ", 300_000)).TrimEnd();

        var seed = SeedParser.Parse("huge.txt", "Заголовок\n\n23 грудня 2025, 15:30\n" + paragraph + "\n", Zones.Kyiv);

        Assert.True(paragraph.Length > 10_000_000);
        Assert.Equal(paragraph, seed.Lead?.Text);
    }

    [Fact]
    public void Parse_OneMegabyteLineWithoutSpaces_KeepsIt()
    {
        var line = new string('ж', 1 << 20);

        var seed = SeedParser.Parse("long-line.txt", "Заголовок\n" + line + "\n", Zones.Kyiv);

        Assert.Equal(line, seed.Body.Single().Text);
    }
}
