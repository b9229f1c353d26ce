using ArchiveSite.Core.Language;

namespace ArchiveSite.Core.Tests.Language;

/// <summary>Name forms per case, male and female, Ukrainian and Russian → the nominative full name.</summary>
public sealed class PersonNameFormsTests
{
    private static readonly NewsAnnotator s_annotator = NewsAnnotator.Create(null);

    private static IReadOnlyList<string> Persons(string language, string text) =>
        s_annotator.Annotate([new AnnotationInput("test", language, "Новини", null, [text])])[0].Persons;

    public static TheoryData<string, string> Ukrainian => new()
    {
        // Masculine: -ов (Russian type: -им in the instrumental), consonant, soft consonant, -ський, -енко, foreign.
        { "Про це заявив Сергій Рябков.", "Сергій Рябков" },
        { "Слова Сергія Рябкова прозвучали вчора.", "Сергій Рябков" },
        { "Відповідь надіслали Сергієві Рябкову.", "Сергій Рябков" },
        { "Вони зустрілися із Сергієм Рябковим у Женеві.", "Сергій Рябков" },
        { "Переговори зі спецпредставником Стівом Віткоффом тривали годину.", "Стів Віткофф" },
        { "Поруч був зять президента Джаред Кушнер.", "Джаред Кушнер" },
        { "Делегацію Джареда Кушнера чекали в Дохі.", "Джаред Кушнер" },
        { "Заява Йоганна Вадефуля була короткою.", "Йоганн Вадефуль" },
        { "Розмова з Йоганном Вадефулем тривала годину.", "Йоганн Вадефуль" },
        { "Наказ Олександра Сирського виконали.", "Олександр Сирський" },
        { "Нараду провів з Олександром Сирським міністр.", "Олександр Сирський" },
        { "Виступ Петра Порошенка тривав годину.", "Петро Порошенко" },
        { "Лист адресували Віталію Кличку.", "Віталій Кличко" },
        { "Зустріч із Фрідріхом Мерцом перенесли.", "Фрідріх Мерц" },
        { "Відповідь Марка Рубіо була чіткою.", "Марко Рубіо" },
        // Feminine: -ська/-ова/-іна decline; consonant and -о surnames do not.
        { "Заява Юлії Тимошенко з'явилася вранці.", "Юлія Тимошенко" },
        { "Вони поговорили з Юлією Тимошенко.", "Юлія Тимошенко" },
        { "Перемога Еліни Світоліної стала сенсацією.", "Еліна Світоліна" },
        { "Тренер Марти Костюк прокоментував матч.", "Марта Костюк" },
        { "Розмова з Ангелою Меркель тривала годину.", "Ангела Меркель" },
        { "Візит Урсули фон дер Ляєн до Києва.", "Урсула фон дер Ляєн" },
        { "Заяву Ольги Стефанішиної опублікували.", "Ольга Стефанішина" },
        { "Інтерв'ю з Анною Сумською вийшло вчора.", "Анна Сумська" },
        // Indeclinable foreign given names: the surname shows the case.
        { "Зустріч Джо Байдена з виборцями.", "Джо Байден" },
        { "Переговори з Ріші Сунаком тривали годину.", "Ріші Сунак" },
        { "Лідер Китаю Сі Цзіньпін приїхав до Москви.", "Сі Цзіньпін" },
        { "Зустріч із Сі Цзіньпіном перенесли.", "Сі Цзіньпін" },
        { "Лідер КНДР Кім Чен Ин провів парад.", "Кім Чен Ин" },
        // A call sign in quotes, three-part names from the authority.
        { "Командувач Роберт «Мадяр» Бровді повідомив про удари.", "Роберт Бровді" },
        { "Президент Туреччини Реджеп Таїп Ердоган заявив про готовність.", "Реджеп Таїп Ердоган" },
        // Initials and official order.
        { "Указ підписав В. Зеленський.", "Володимир Зеленський" },
        { "Головою комісії призначено Мельника Андрія Володимировича.", "Андрій Мельник" },
        { "Вірш написав І.Гончаренко.", "І. Гончаренко" },
        // A capital after a dash or colon inside a sentence is no sentence start.
        { "Найщедріший у списку – Марк Гуревич, засновник компанії.", "Марк Гуревич" },
        // Surname first in a list of results.
        { "Найкращим бомбардиром став Гончаренко Тарас (Київ).", "Тарас Гончаренко" },
        // -єць surnames drop the vowel in other cases.
        { "Звернення Петра Коломійця розглянули.", "Петро Коломієць" },
        { "Лист Петра Стрільця прочитали.", "Петро Стрілець" },
        { "Згадали твори О.Стороженка.", "О. Стороженко" },
        // Double surnames decline in both parts.
        { "Повісті Петра Гулака-Зарицького читали вголос.", "Петро Гулак-Зарицький" },
        // A woman's name that is also a man's genitive: the words around tell.
        { "Поетеса Оксана Бойкова подарувала вірш.", "Оксана Бойкова" },
        { "Переможниця Валентина Гребенюк, яка тренується у Львові, подякувала.", "Валентина Гребенюк" },
        { "Відповіла начальниця відділу Валентина Журавська.", "Валентина Журавська" },
        { "У селі живе Гребенюк Олександра Петрівна.", "Олександра Гребенюк" },
        // A given name no list knows: an apposition with a role word, a speech verb, the surname coming back alone.
        { "Найбагатша жінка країни – Мірель Дюваль, донька засновника мережі магазинів.", "Мірель Дюваль" },
        { "На зустрічі з журналістами Тендай Мотсепе заявив, що угоду підпишуть.", "Тендай Мотсепе" },
        { "Уряд критикував Евандро Абаскаля за підтримку війни. Пізніше він сказав, що Абаскаль помиляється.", "Евандро Абаскаль" },
        // A surname in capitals (bylines); a photographer in Latin script before the agency in a photo credit.
        { "Школа відзначила ювілей.\n\nОлег ПАВЛЕНКО.", "Олег Павленко" },
        { "Саміт відкрили вранці. Фото: Brant Kowalczyk/Getty Images", "Brant Kowalczyk" },
        { "Саміт відкрили вранці. (Photo by Ferris Oduya/AFP)", "Ferris Oduya" },
        // -а/-я surnames with the г/к/х alternation.
        { "Лист надіслали Ганні Бородузі.", "Ганна Бородуга" },
    };

    public static TheoryData<string, string> Russian => new()
    {
        { "Об этом заявил Сергей Рябков.", "Сергей Рябков" },
        { "Слова Сергея Рябкова прозвучали вчера.", "Сергей Рябков" },
        { "Они встретились с Сергеем Рябковым в Женеве.", "Сергей Рябков" },
        { "Ответ направили Дмитрию Пескову.", "Дмитрий Песков" },
        { "Приказ Александра Сырского выполнили.", "Александр Сырский" },
        { "Соратники Алексея Навального собрались.", "Алексей Навальный" },
        { "Заявление Марии Захаровой появилось утром.", "Мария Захарова" },
        { "Суд над Ритой Бурковской начался.", "Рита Бурковская" },
        // Foreign given names in Russian transcription, Russian feminine -яя.
        { "Переговоры с Энтони Гарфилдом прошли вчера.", "Энтони Гарфилд" },
        { "Выступление Ольги Вешней запомнилось.", "Ольга Вешняя" },
        // An unknown given name after a role whose complement names an organisation.
        { "Рейтинг лидера оппозиционной Народной партии Маркуса Вандерблюма снизился.", "Маркус Вандерблюм" },
        // An unknown given name in -а after a role word in the genitive, with an indeclinable surname, is a man's.
        { "Рейтинг лидера партии Торда Мокли вырос вдвое.", "Торд Мокли" },
        // After an indeclinable given name a Russian -ой/-е ending is oblique; the surname alone before a verb is
        // in the nominative and tells which nominative an ambiguous form has.
        { "Бой с Энтони Гурбеллой назначили на май, сообщил промоутер.", "Энтони Гурбелла" },
        { "Чемпион победил Энтони Гурбеллу по очкам. После боя Гурбелла поблагодарил соперника и сказал, что вернется.", "Энтони Гурбелла" },
        // Masculine -а surnames decline.
        { "Встреча с Андреем Кулыбой прошла вчера.", "Андрей Кулыба" },
        // A woman's name made from a man's by -а, in an oblique case, with an indeclinable surname.
        { "Медаль вручили Станиславе Мельник.", "Станислава Мельник" },
        { "В состав вошла сестра Александры Вовк.", "Александра Вовк" },
    };

    [Theory]
    [MemberData(nameof(Ukrainian))]
    public void Annotate_UkrainianNameForm_GivesNominative(string text, string expected)
    {
        Assert.Equal([expected], Persons("uk", text));
    }

    [Theory]
    [MemberData(nameof(Russian))]
    public void Annotate_RussianNameForm_GivesNominative(string text, string expected)
    {
        Assert.Equal([expected], Persons("ru", text));
    }
}
