using ArchiveSite.Core.Language;
using ArchiveSite.Core.Seeds;

namespace ArchiveSite.Core.Tests.Language;

public sealed class NewsAnnotatorTests
{
    private static readonly NewsAnnotator s_annotator = NewsAnnotator.Create(null);

    private static AnnotationInput SeedInput()
    {
        var text = File.ReadAllText(RepositoryFiles.SeedPath);
        var seed = SeedParser.Parse(RepositoryFiles.SeedFileName, text, TimeZoneInfo.Utc);
        return new AnnotationInput(seed.FileName, seed.Language, seed.Title, seed.Subtitle, [.. seed.Body.Select(p => p.Text)]);
    }

    [Fact]
    public void Annotate_SeedDocument_PersonsInNominativeInOrderOfFirstMention()
    {
        var annotation = s_annotator.Annotate([SeedInput()])[0];

        Assert.Equal(["Сергій Рябков", "Кирило Дмитрієв", "Стів Віткофф", "Джаред Кушнер", "Йоганн Вадефуль"], annotation.Persons);
    }

    [Fact]
    public void Annotate_SeedDocument_TagsAreNominativeAndRanked()
    {
        var tags = s_annotator.Annotate([SeedInput()])[0].Tags;

        Assert.InRange(tags.Count, 2, 8);
        Assert.Equal(["Росія", "США"], tags.Take(2).Order(StringComparer.Ordinal));
        Assert.Contains("переговори", tags);
        Assert.Contains("дипломатія", tags);
        Assert.DoesNotContain("Коментарі", tags);
        Assert.DoesNotContain("Deutsche Welle", tags);
        Assert.DoesNotContain("Росії", tags);
        Assert.DoesNotContain("Москви", tags);
    }

    [Fact]
    public void Annotate_SeedDocument_TagsNeverRepeatPersons()
    {
        var annotation = s_annotator.Annotate([SeedInput()])[0];

        foreach (var tag in annotation.Tags)
        {
            Assert.DoesNotContain(annotation.Persons, p => p.Contains(tag, StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("…")]
    [InlineData("\"\"\" «» — - 😀😀 'ʼ’ Я А. Б. В.")]
    [InlineData("Суперкалліфраджилістикекспіалідошессуперкалліфраджилістикекспіалідошессуперкалліфраджилістикекспіалідошес Іван")]
    [InlineData("ІВАН ПЕТРЕНКО ЗАЯВИВ: Київ, Kyiv, Київ-Пасажирський, Іван-")]
    public void Annotate_OddText_DoesNotThrow(string text)
    {
        var annotation = s_annotator.Annotate([new AnnotationInput("odd", "uk", text, text, [text, text])])[0];

        Assert.NotNull(annotation.Persons);
        Assert.InRange(annotation.Tags.Count, 0, 8);
    }

    [Fact]
    public void Annotate_SameBatchTwice_GivesSameResult()
    {
        var first = s_annotator.Annotate([SeedInput(), SeedInput()]);
        var second = s_annotator.Annotate([SeedInput(), SeedInput()]);

        Assert.Equal(first[0].Persons, second[1].Persons);
        Assert.Equal(first[0].Tags, second[1].Tags);
    }
}
