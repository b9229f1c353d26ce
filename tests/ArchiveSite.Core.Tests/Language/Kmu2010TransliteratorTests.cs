using ArchiveSite.Core.Language;

namespace ArchiveSite.Core.Tests.Language;

public sealed class Kmu2010TransliteratorTests
{
    // Examples from the resolution's own table (No. 55, 27 January 2010).
    [Theory]
    [InlineData("Алушта", "Alushta")]
    [InlineData("Згорани", "Zghorany")]
    [InlineData("Розгон", "Rozghon")]
    [InlineData("Єнакієве", "Yenakiieve")]
    [InlineData("Їжакевич", "Yizhakevych")]
    [InlineData("Кадиївка", "Kadyivka")]
    [InlineData("Йосипівка", "Yosypivka")]
    [InlineData("Стрий", "Stryi")]
    [InlineData("Олексій", "Oleksii")]
    [InlineData("Юрій", "Yurii")]
    [InlineData("Крюківка", "Kriukivka")]
    [InlineData("Яготин", "Yahotyn")]
    [InlineData("Ічня", "Ichnia")]
    [InlineData("Щербухи", "Shcherbukhy")]
    [InlineData("Гоща", "Hoshcha")]
    [InlineData("Знам'янка", "Znamianka")]
    [InlineData("Ґалаґан", "Galagan")]
    [InlineData("Харків", "Kharkiv")]
    [InlineData("Вінниця", "Vinnytsia")]
    [InlineData("Львів", "Lviv")]
    public void Transliterate_ResolutionExamples_MatchTheTable(string ukrainian, string latin) =>
        Assert.Equal(latin, Kmu2010Transliterator.Transliterate(ukrainian));

    [Fact]
    public void Transliterate_WordStartsInsideText_UseInitialForms() =>
        Assert.Equal("Yuliia ta Yevhen u Yaremchi", Kmu2010Transliterator.Transliterate("Юлія та Євген у Яремчі"));
}
