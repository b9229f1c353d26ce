using ArchiveSite.Core.Language;

namespace ArchiveSite.Core.Tests.Language;

/// <summary>Places and organisations the gazetteer lacks: found by the word before them, their script or their head noun.</summary>
public sealed class PlaceFindingTests
{
    private static readonly NewsAnnotator s_annotator = NewsAnnotator.Create(null);

    private static ExtractionResult Extract(string language, string text) =>
        s_annotator.Extract([new AnnotationInput("test", language, "Новини", null, [text])])[0];

    [Theory]
    [InlineData("uk", "Свято відбулося у селі Зарічанка на Поділлі.", "Зарічанка")]
    [InlineData("uk", "Мешканці селища Нова Гребля зібралися на площі.", "Нова Гребля")]
    [InlineData("ru", "Фестиваль прошел в городе Кимры в субботу.", "Кимры")]

    // Oblique cases the gazetteer's names take: a dropped vowel, plural town names, plural adjectives.
    [InlineData("uk", "Делегація повернулася з Єгипту вчора ввечері.", "Єгипет")]
    [InlineData("uk", "Турнір пройшов у Прилуках минулого тижня.", "Прилуки")]
    [InlineData("uk", "Гості приїхали з Об'єднаних Арабських Еміратів.", "Об'єднані Арабські Емірати")]

    // Squares and streets by their head noun.
    [InlineData("uk", "Ялинку встановили на Контрактовій площі вчора.", "Контрактова площа")]
    [InlineData("ru", "Движение перекрыли на Садовой улице утром.", "Садовая улица")]
    public void Extract_PlaceInAnyCase_GivesTheNominative(string language, string text, string place) =>
        Assert.Contains(place, Extract(language, text).Places);

    [Fact]
    public void Extract_SettlementWordBeforeAPerson_GivesNoPlace() =>
        Assert.DoesNotContain("Игорь", Extract("ru", "Главой города Игорь Терехов назначен вчера.").Places);

    [Theory]
    [InlineData("uk", "Про це повідомило агентство Bloomberg з посиланням на джерела.", "Bloomberg")]
    [InlineData("uk", "Фото: Pixabay", "Pixabay")]
    public void Extract_LatinNameInCyrillicText_GivesAnOrganisation(string language, string text, string organisation) =>
        Assert.Contains(organisation, Extract(language, text).Organizations);

    [Fact]
    public void Extract_EnglishSentence_GivesNoOrganisation() =>
        Assert.Empty(Extract("uk", "Підпис: Prime Minister Smith waits for Delegates in London.").Organizations);

    [Theory]
    [InlineData("uk", "Депутати фракції «Наша справа» проголосували проти.", "Наша справа")]
    [InlineData("ru", "Спектакль показал театр «Зеркало» в субботу.", "Зеркало")]
    public void Extract_QuotedNameAfterItsKind_GivesAnOrganisation(string language, string text, string organisation) =>
        Assert.Contains(organisation, Extract(language, text).Organizations);

    [Fact]
    public void Extract_Abbreviation_GivesAnOrganisationButNotACommonNoun()
    {
        var organizations = Extract("uk", "Вихованці КДЮСШ перемогли, про це пишуть ЗМІ.").Organizations;

        Assert.Contains("КДЮСШ", organizations);
        Assert.DoesNotContain("ЗМІ", organizations);
    }

    [Fact]
    public void Extract_WordInCapitals_GivesNoOrganisation() =>
        Assert.Empty(Extract("uk", "Вони вибороли ВОЛЮ у важкому бою.").Organizations);

    [Theory]
    [InlineData("uk", "Рішення ухвалила Гадяцька міська рада на сесії.", "Гадяцька міська рада")]
    [InlineData("ru", "Заседание провел Тамбовский городской совет вчера.", "Тамбовский городской совет")]
    [InlineData("ru", "Заседание Одесского городского совета прошло вчера.", "Одесский городской совет")]
    [InlineData("uk", "Лідер Аграрної партії виступив у парламенті.", "Аграрна партія")]
    [InlineData("ru", "Лидер Аграрной партии выступил в парламенте.", "Аграрная партия")]
    public void Extract_CouncilOrPartyByItsHeadNoun_GivesTheNominative(string language, string text, string organisation) =>
        Assert.Contains(organisation, Extract(language, text).Organizations);

    [Fact]
    public void Extract_InstitutionNamedAfterAPerson_KeepsTheName() =>
        Assert.Contains("Обласний музей імені Івана Гончара", Extract("uk", "Виставку відкрили в Обласному музеї імені Івана Гончара вчора.").Organizations);
}
