using System.Text.RegularExpressions;
using ArchiveSite.Core.Import;
using ArchiveSite.Core.Seeds;

namespace ArchiveSite.Core.Tests.Seeds;

public sealed partial class SeedParserTests
{
    private static SeedDocument ParseSeed() =>
        SeedParser.Parse(RepositoryFiles.SeedFileName, SeedReader.Decode(RepositoryFiles.SeedFileName, File.ReadAllBytes(RepositoryFiles.SeedPath)), Zones.Kyiv);

    [Fact]
    public void Parse_Seed_FindsHeadlineSubtitleAndDateWithOffset()
    {
        var seed = ParseSeed();

        Assert.Equal("У Кремлі цинічно прокоментували обговорення \"ключових подразників\" зі США: деталі", seed.Title);
        Assert.Equal("Москва оголосила про новий раунд переговорів із США", seed.Subtitle);
        Assert.Equal(new DateTimeOffset(2025, 12, 23, 15, 30, 0, TimeSpan.FromHours(2)), seed.Date);
        Assert.Equal(TimeSpan.FromHours(2), seed.Date!.Value.Offset);
        Assert.Equal("uk", seed.Language);
    }

    [Fact]
    public void Parse_Seed_SplitsBodyIntoLeadQuoteAndCrossReference()
    {
        var seed = ParseSeed();

        Assert.Equal(8, seed.Body.Length);
        Assert.Equal(SeedParagraphKind.Lead, seed.Body[0].Kind);
        Assert.StartsWith("Дипломати Росії та США", seed.Body[0].Text, StringComparison.Ordinal);
        Assert.Equal(SeedParagraphKind.Quote, seed.Body[1].Kind);
        Assert.Equal(SeedParagraphKind.CrossReference, seed.Body[^1].Kind);
        Assert.Equal("з відкритих джерел", seed.ImageCredit);
        Assert.Equal("Коментарі", seed.Source);
    }

    [Fact]
    public void Parse_Seed_KeepsEverySentenceOfTheBody()
    {
        var raw = File.ReadAllText(RepositoryFiles.SeedPath);
        var seed = ParseSeed();
        var body = string.Join("\n", seed.Body.Select(p => p.Text));
        var lines = raw.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();

        // Every line after the date is in the body, except the headline echo and the photo caption.
        var afterDate = lines.SkipWhile(l => !l.StartsWith("23 грудня", StringComparison.Ordinal)).Skip(1);
        foreach (var line in afterDate.Where(l => l != seed.Title && !l.StartsWith("Фото:", StringComparison.Ordinal)))
        {
            foreach (var sentence in Sentence().Split(line).Where(s => s.Length > 0))
            {
                Assert.Contains(sentence, body, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Parse_NoDateLine_KeepsEveryLineAfterTheHeadlineInTheBody()
    {
        var seed = SeedParser.Parse("x.txt", "Заголовок\n\nПерший абзац.\nДругий абзац.\n", Zones.Kyiv);

        Assert.Equal("Заголовок", seed.Title);
        Assert.Null(seed.Subtitle);
        Assert.Null(seed.Date);
        Assert.Equal(["Перший абзац.", "Другий абзац."], seed.Body.Select(p => p.Text));
    }

    [Fact]
    public void Parse_RussianText_DetectsRussian()
    {
        var seed = SeedParser.Parse("ru.txt", "Рябков рассказал о контактах\n\n28 ноября 2025, 00:33\nЗаместитель министра иностранных дел России Сергей Рябков заявил, что этот этап завершён.", Zones.Kyiv);

        Assert.Equal("ru", seed.Language);
        Assert.Equal(new DateTimeOffset(2025, 11, 28, 0, 33, 0, TimeSpan.FromHours(2)), seed.Date);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n \t \n")]
    public void Parse_NoText_ThrowsNamingTheFile(string text)
    {
        var ex = Assert.Throws<SeedFormatException>(() => SeedParser.Parse("empty.txt", text, Zones.Kyiv));

        Assert.StartsWith("empty.txt", ex.Message, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"(?<=[.!?…])\s+")]
    private static partial Regex Sentence();
}
