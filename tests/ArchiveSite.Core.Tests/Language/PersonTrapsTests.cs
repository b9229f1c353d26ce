using ArchiveSite.Core.Language;

namespace ArchiveSite.Core.Tests.Language;

/// <summary>Roles, outlets, places and institutions are not persons; a surname alone belongs to its full name.</summary>
public sealed class PersonTrapsTests
{
    private static readonly NewsAnnotator s_annotator = NewsAnnotator.Create(null);

    private static ArticleAnnotation Annotate(string language, params string[] paragraphs) =>
        s_annotator.Annotate([new AnnotationInput("test", language, "Новини", null, paragraphs)])[0];

    [Theory]
    [InlineData("Про це заявив президент РФ.")]
    [InlineData("Білий дім заявив про нові санкції.")]
    [InlineData("У Кремлі цинічно прокоментували переговори.")]
    [InlineData("Як вже писали \"Коментарі\", Україна чекає гарантій.")]
    [InlineData("Про це повідомляє Deutsche Welle.")]
    [InlineData("Зустріч відбулася на вулиці Івана Франка у Львові.")]
    [InlineData("Він навчався в університеті імені Тараса Шевченка.")]
    [InlineData("Туристи відвідали Софію Київську.")]
    [InlineData("Кошти виділили з бюджету.")]
    [InlineData("Управління Держпраці перевірило завод. Інспектори Держпраці виявили порушення.")]
    [InlineData("Перевірку провела Місія Держаудиту. Висновки Держаудиту оприлюднили.")]
    [InlineData("Знімок продає агентство. Фото: Getty Images/Digital Vision")]
    [InlineData("Парламент ухвалив ЗАКОН УКРАЇНИ про освіту.")]
    public void Annotate_NoPersonNamed_FindsNoPerson(string text)
    {
        Assert.Empty(Annotate("uk", text).Persons);
    }

    [Fact]
    public void Annotate_InitialsOfAnotherGivenName_DoNotTakeTheFullNameFromAnotherArticle()
    {
        var annotations = s_annotator.Annotate(
        [
            new AnnotationInput("a", "uk", "Новини", null, ["Про це заявив Олег Стецюренко у Києві."]),
            new AnnotationInput("b", "uk", "Новини", null, ["Вірш прочитав В. Стецюренко на святі."]),
        ]);

        Assert.Equal(["В. Стецюренко"], annotations[1].Persons);
    }

    [Fact]
    public void Annotate_SurnameAloneAfterFullName_IsTheSamePerson()
    {
        var annotation = Annotate("uk", "Про це заявив Сергій Рябков.", "Рябков додав, що раунд буде навесні.", "Слова Рябкова підтвердили.");

        Assert.Equal(["Сергій Рябков"], annotation.Persons);
    }

    [Fact]
    public void Annotate_SurnameAloneInAnotherArticle_UsesTheBatchFullName()
    {
        var articles = new[]
        {
            new AnnotationInput("a", "uk", "Новини", null, ["Заяву зробив дипломат Кирило Дмитрієв."]),
            new AnnotationInput("b", "uk", "Новини", null, ["Посланець Дмитрієв назвав зустріч конструктивною."]),
        };

        var annotations = s_annotator.Annotate(articles);

        Assert.Equal(["Кирило Дмитрієв"], annotations[1].Persons);
    }

    [Fact]
    public void Annotate_AmbiguousSurnameForm_TakesTheNominativeSeenInTheBatch()
    {
        var articles = new[]
        {
            new AnnotationInput("a", "uk", "Новини", null, ["Нагороду вручили Петрові Сидорові."]),
            new AnnotationInput("b", "uk", "Новини", null, ["Про це заявив Петро Сидоров."]),
        };

        var annotations = s_annotator.Annotate(articles);

        Assert.Equal(["Петро Сидоров"], annotations[0].Persons);
    }

    [Fact]
    public void Annotate_SurnameAfterReportingVerb_IsAPersonNotAnOutlet()
    {
        var annotation = Annotate("uk", "Про це повідомляє Зеленський у своєму зверненні.");

        Assert.Equal(["Володимир Зеленський"], annotation.Persons);
    }

    [Fact]
    public void Annotate_KnownPersonBySurnameOnly_UsesTheAuthority()
    {
        Assert.Equal(["Володимир Зеленський"], Annotate("uk", "Україна готова до переговорів, заявив Зеленський.").Persons);
    }

    [Fact]
    public void Annotate_TwoPersonsSameSurname_KeepsBoth()
    {
        var persons = Annotate("uk", "Віталій Кличко і Володимир Кличко прийшли разом.").Persons;

        Assert.Equal(["Віталій Кличко", "Володимир Кличко"], persons);
    }

    [Fact]
    public void Annotate_TagsNeverRepeatAPerson()
    {
        var annotation = Annotate("uk", "Марія Київ? Ні: Ангела Меркель приїхала до Берліна, а Меркель зустрілася з послом.");

        Assert.DoesNotContain("Меркель", annotation.Tags);
    }

    [Theory]
    [InlineData("із США", "США")]
    [InlineData("до Москви", "Москва")]
    [InlineData("міністр Німеччини", "Німеччина")]
    [InlineData("у Росії", "Росія")]
    [InlineData("у Києві", "Київ")]
    [InlineData("Білого дому", "Білий дім")]
    [InlineData("у Кремлі", "Кремль")]
    [InlineData("до Чорного моря", "Чорне море")]
    [InlineData("у Курській області", "Курська область")]
    [InlineData("у Слобідському районі", "Слобідський район")]
    [InlineData("Міністерства оборони України", "Міноборони")]
    [InlineData("до Прикарпатського національного університету", "Прикарпатський національний університет")]
    [InlineData("у Музеї історії Києва", "Музей історії Києва")]
    public void Annotate_PlaceOrOrganisationForm_TagIsNominative(string phrase, string expected)
    {
        var annotation = Annotate("uk", $"Делегація прибула {phrase} вранці. Новину підтвердили {phrase} ввечері.");

        Assert.Contains(expected, annotation.Tags);
    }

    [Fact]
    public void Annotate_RussianArticle_TagsInRussian()
    {
        var tags = Annotate("ru", "Переговоры России и США в РФ назвали полезными.", "Следующий раунд переговоров пройдет в Москве.").Tags;

        Assert.Contains("Россия", tags);
        Assert.Contains("переговоры", tags);
        Assert.DoesNotContain("Росія", tags);
    }

    [Theory]
    [InlineData("Команду очолив тренер Алкід Бабенко.", "Алкід Бабенко")]
    [InlineData("Угоду підписали з тренером Алкідом Бабенком.", "Алкід Бабенко")]
    [InlineData("Міністерка оборони Литви Довіле Шакаліене заявила про нові витрати.", "Довіле Шакаліене")]
    public void Annotate_GivenNameMissingFromLexiconAfterRole_FindsPerson(string text, string expected)
    {
        Assert.Equal([expected], Annotate("uk", text).Persons);
    }
}
