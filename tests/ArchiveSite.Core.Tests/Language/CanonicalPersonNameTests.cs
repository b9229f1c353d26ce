using ArchiveSite.Core.Language;

namespace ArchiveSite.Core.Tests.Language;

public sealed class CanonicalPersonNameTests
{
    [Theory]
    [InlineData("Сергей Рябков", "Сергій Рябков")]
    [InlineData("Сергій Рябков", "Сергій Рябков")]
    [InlineData("Александр Дарчиев", "Олександр Дарчієв")]
    [InlineData("Кирилл Дмитриев", "Кирило Дмитрієв")]
    [InlineData("Рита Бурковская", "Ріта Бурковська")]
    [InlineData("Дмитрий Песков", "Дмитро Пєсков")]
    [InlineData("Фридрих Мерц", "Фрідріх Мерц")]
    public void ToUkrainian_RussianSpelling_GivesUkrainianSpelling(string name, string expected)
    {
        Assert.Equal(expected, CanonicalPersonName.ToUkrainian(name));
    }

    [Fact]
    public void Key_BothSpellings_AreEqual()
    {
        Assert.Equal(CanonicalPersonName.Key("Сергій Рябков"), CanonicalPersonName.Key("Сергей Рябков"));
    }
}
