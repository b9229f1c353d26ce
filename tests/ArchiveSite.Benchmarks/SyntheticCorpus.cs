using System.Globalization;
using System.Text;
using ArchiveSite.Core.Content;
using ArchiveSite.Core.Import;
using ArchiveSite.Core.Language;

namespace ArchiveSite.Benchmarks;

/// <summary>
/// A deterministic synthetic news archive: N articles of about 3,500 characters of Ukrainian text, each
/// written both as a seed document (headline, sub-headline, date line, lead, paragraphs) and as an input/
/// Markdown page with front matter. Tags (about 300) and persons (about 400) are drawn Zipf-like, 2–6
/// tags and 0–6 persons an article; dates spread over ten years. The same count and seed give the same bytes.
/// </summary>
public static class SyntheticCorpus
{
    public const int DefaultSeed = 2026;
    public const string SeedsFolder = "seeds";
    public const string InputFolder = "input";

    private static readonly string[] s_months =
    [
        "січня", "лютого", "березня", "квітня", "травня", "червня",
        "липня", "серпня", "вересня", "жовтня", "листопада", "грудня",
    ];

    private static readonly Lazy<List<string>> s_tagList = new(BuildTags);
    private static readonly Lazy<List<string>> s_personList = new(BuildPersons);

    /// <summary>About 300 tags: topics, places and institutions.</summary>
    public static IReadOnlyList<string> Tags => s_tagList.Value;

    /// <summary>About 400 persons, "Given Surname" in the nominative.</summary>
    public static IReadOnlyList<string> Persons => s_personList.Value;

    /// <summary>One generated article.</summary>
    public sealed record Article(int Index, string SeedFileName, string SeedText, string PagePath, string PageText);

    /// <summary>Writes seeds/ and input/articles/ under <paramref name="root"/>; returns the number of characters
    /// of article text written.</summary>
    public static long Write(string root, int count, int seed = DefaultSeed)
    {
        var seeds = Path.Combine(root, SeedsFolder);
        var input = Path.Combine(root, InputFolder);
        Directory.CreateDirectory(seeds);
        Directory.CreateDirectory(input);
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        long characters = 0;
        foreach (var article in Generate(count, seed))
        {
            File.WriteAllText(Path.Combine(seeds, article.SeedFileName), article.SeedText, utf8);
            var page = Path.Combine(input, article.PagePath);
            Directory.CreateDirectory(Path.GetDirectoryName(page)!);
            File.WriteAllText(page, article.PageText, utf8);
            characters += article.SeedText.Length;
        }

        return characters;
    }

    public static IEnumerable<Article> Generate(int count, int seed = DefaultSeed)
    {
        var random = new Random(seed);
        var tagPicker = new ZipfPicker(Tags.Count, 1.0);
        var personPicker = new ZipfPicker(Persons.Count, 1.0);
        var kyiv = TimeZoneInfo.FindSystemTimeZoneById("Europe/Kyiv");
        var start = new DateTime(2016, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);
        const int minutesInTenYears = 10 * 365 * 24 * 60;
        for (var i = 0; i < count; i++)
        {
            var local = start.AddMinutes(random.Next(minutesInTenYears));
            var date = new DateTimeOffset(local, kyiv.GetUtcOffset(local));
            var tags = Pick(random, tagPicker, Tags, 2 + random.Next(5));
            var persons = Pick(random, personPicker, Persons, random.Next(7));
            var headline = Headline(random, tags);
            var subtitle = Sentence(random, persons, tags, 9);
            var lead = Sentence(random, persons, tags, 18) + " " + Sentence(random, persons, tags, 14);
            var paragraphs = new List<string>();
            var length = headline.Length + subtitle.Length + lead.Length;
            while (length < 3300)
            {
                var paragraph = new StringBuilder();
                for (var s = 0; s < 3 + random.Next(3); s++)
                {
                    paragraph.Append(s > 0 ? " " : string.Empty).Append(Sentence(random, persons, tags, 10 + random.Next(14)));
                }

                paragraphs.Add(paragraph.ToString());
                length += paragraph.Length;
            }

            var seedName = $"{i.ToString("D6", CultureInfo.InvariantCulture)}_{((uint)HashCode.Combine(seed, i)).ToString("x8", CultureInfo.InvariantCulture)}.txt";
            var seedText = new StringBuilder(length + 200);
            seedText.Append(headline).Append("\n\n").Append(subtitle).Append("\n\n")
                .Append(local.Day.ToString(CultureInfo.InvariantCulture)).Append(' ').Append(s_months[local.Month - 1]).Append(' ')
                .Append(local.Year.ToString(CultureInfo.InvariantCulture)).Append(", ").Append(local.ToString("HH:mm", CultureInfo.InvariantCulture)).Append('\n')
                .Append(lead).Append("\n\n");
            foreach (var paragraph in paragraphs)
            {
                seedText.Append(paragraph).Append("\n\n");
            }

            var frontMatter = new FrontMatter
            {
                Title = headline,
                Subtitle = subtitle,
                Date = date,
                Slug = SlugMaker.Slugify(headline, 60) + "-" + i.ToString(CultureInfo.InvariantCulture),
                Lang = "uk",
                Summary = lead,
                Tags = [.. tags],
                Persons = [.. persons],
                Source = "Коментарі",
                Seed = seedName,
            };
            var body = new StringBuilder(length + 200);
            body.Append(MarkdownText.Escape(lead)).Append("\n\n");
            for (var p = 0; p < paragraphs.Count; p++)
            {
                body.Append(MarkdownText.Escape(paragraphs[p])).Append(p + 1 < paragraphs.Count ? "\n\n" : "\n");
            }

            yield return new Article(i, seedName, seedText.ToString(), SeedImporter.PagePath(frontMatter), FrontMatterWriter.Write(frontMatter, body.ToString()));
        }
    }

    private static List<string> Pick(Random random, ZipfPicker picker, IReadOnlyList<string> items, int count)
    {
        var chosen = new List<string>(count);
        while (chosen.Count < count)
        {
            var item = items[picker.Next(random)];
            if (!chosen.Contains(item))
            {
                chosen.Add(item);
            }
        }

        return chosen;
    }

    private static string Headline(Random random, List<string> tags)
    {
        var template = s_headlines[random.Next(s_headlines.Length)];
        return string.Format(CultureInfo.InvariantCulture, template, tags[0], Word(random, s_nouns), Word(random, s_adjectives));
    }

    private static string Sentence(Random random, List<string> persons, List<string> tags, int words)
    {
        var sentence = new StringBuilder(words * 9);
        var opening = s_openings[random.Next(s_openings.Length)];
        sentence.Append(opening);
        for (var w = 0; w < words; w++)
        {
            sentence.Append(' ');
            var roll = random.Next(10);
            sentence.Append(roll switch
            {
                < 4 => Word(random, s_nouns),
                < 6 => Word(random, s_adjectives),
                < 8 => Word(random, s_verbs),
                _ => Word(random, s_connectives),
            });
            if (w == words / 2 && tags.Count > 0 && random.Next(2) == 0)
            {
                sentence.Append(", ").Append(s_tagPhrases[random.Next(s_tagPhrases.Length)]).Append(" «").Append(tags[random.Next(tags.Count)]).Append('»');
            }
        }

        if (persons.Count > 0 && random.Next(3) == 0)
        {
            sentence.Append(", — ").Append(s_saidVerbs[random.Next(s_saidVerbs.Length)]).Append(' ').Append(persons[random.Next(persons.Count)]);
        }

        sentence.Append(random.Next(8) == 0 ? '?' : '.');
        return sentence.ToString();
    }

    private static string Word(Random random, string[] words) => words[random.Next(words.Length)];

    private static List<string> BuildTags()
    {
        var tags = new List<string>(s_topics.Length + s_places.Length + s_bodies.Length);
        tags.AddRange(s_topics);
        tags.AddRange(s_places);
        tags.AddRange(s_bodies);
        return [.. tags.Distinct(StringComparer.Ordinal)];
    }

    private static List<string> BuildPersons()
    {
        var persons = new List<string>(400);
        for (var i = 0; persons.Count < 400; i++)
        {
            var given = s_givenNames[(i * 7) % s_givenNames.Length];
            var surname = s_surnames[i % s_surnames.Length];
            var name = given + " " + surname;
            if (!persons.Contains(name))
            {
                persons.Add(name);
            }
        }

        return persons;
    }

    /// <summary>Draws indexes 0..n-1 with probability proportional to 1/(rank+1)^s.</summary>
    private sealed class ZipfPicker
    {
        private readonly double[] _cumulative;

        public ZipfPicker(int n, double s)
        {
            _cumulative = new double[n];
            var sum = 0.0;
            for (var i = 0; i < n; i++)
            {
                sum += 1.0 / Math.Pow(i + 1, s);
                _cumulative[i] = sum;
            }

            for (var i = 0; i < n; i++)
            {
                _cumulative[i] /= sum;
            }
        }

        public int Next(Random random)
        {
            var index = Array.BinarySearch(_cumulative, random.NextDouble());
            return Math.Min(index < 0 ? ~index : index, _cumulative.Length - 1);
        }
    }

    private static readonly string[] s_headlines =
    [
        "{0}: {1} обговорили на {2} рівні",
        "У темі «{0}» з'явилися нові подробиці: {1} та {2} рішення",
        "Що відомо про {1}: {0} і {2} наслідки",
        "{0}: експерти оцінили {2} {1}",
        "Нова заява щодо теми «{0}»: {1} залишається {2}",
        "{0}. Чому {1} стала {2}: пояснення",
    ];

    private static readonly string[] s_openings =
    [
        "За словами експертів,", "Як повідомляє видання,", "Водночас", "Крім того,", "Раніше", "Відомо, що",
        "Наразі", "Тим часом", "Згодом", "Попри це", "Як зазначають аналітики,", "Зокрема,", "Нагадаємо,",
        "У понеділок", "У вівторок", "У середу", "У четвер", "У п'ятницю", "Напередодні", "Минулого тижня",
    ];

    private static readonly string[] s_nouns =
    [
        "уряд", "рада", "зустріч", "рішення", "заява", "план", "закон", "бюджет", "угода", "суд", "місто", "область",
        "переговори", "санкції", "вибори", "реформа", "енергетика", "ринок", "допомога", "безпека", "делегація",
        "міністерство", "комісія", "парламент", "громада", "підприємство", "інфраструктура", "податки", "експорт",
        "імпорт", "інвестиції", "освіта", "медицина", "лікарня", "школа", "університет", "дослідження", "технології",
        "оборона", "фронт", "кордон", "дипломатія", "співпраця", "партнери", "консультації", "документ", "проєкт",
        "програма", "фінансування", "кредит", "гривня", "ціни", "тарифи", "зарплати", "пенсії", "вчителі", "лікарі",
        "волонтери", "військові", "прикордонники", "рятувальники", "поліція", "прокуратура", "журналісти", "видання",
        "мешканці", "депутати", "міністри", "посли", "експерти", "аналітики", "науковці", "аграрії", "врожай", "зерно",
        "порт", "залізниця", "аеропорт", "дорога", "міст", "електростанція", "мережа", "опалення", "водопостачання",
    ];

    private static readonly string[] s_adjectives =
    [
        "новий", "важливий", "державний", "міжнародний", "регіональний", "економічний", "енергетичний", "оборонний",
        "дипломатичний", "судовий", "місцевий", "національний", "європейський", "фінансовий", "соціальний",
        "безпековий", "складний", "остаточний", "попередній", "черговий", "спільний", "тимчасовий", "додатковий",
        "ключовий", "стратегічний", "технічний", "гуманітарний", "податковий", "бюджетний", "освітній", "медичний",
        "торговельний", "транспортний", "цифровий", "аграрний", "промисловий", "офіційний", "публічний", "відкритий",
    ];

    private static readonly string[] s_verbs =
    [
        "ухвалили", "обговорили", "підписали", "оголосили", "погодили", "схвалили", "відклали", "перевірили",
        "розглянули", "запропонували", "підтримали", "розкритикували", "запровадили", "скасували", "продовжили",
        "посилили", "знизили", "підвищили", "відновили", "завершили", "розпочали", "представили", "оприлюднили",
        "отримали", "надіслали", "передали", "збільшили", "зменшили", "змінили", "врахували", "визнали",
    ];

    private static readonly string[] s_connectives =
    [
        "і", "та", "але", "а", "що", "щодо", "через", "після", "перед", "під час", "протягом", "завдяки", "попри",
        "у межах", "з огляду на", "для", "на", "в", "у", "до", "від", "про", "за", "між", "серед", "понад",
    ];

    private static readonly string[] s_tagPhrases = ["йдеться про тему", "у контексті теми", "як і в темі", "зокрема в темі"];

    private static readonly string[] s_saidVerbs = ["заявив", "наголосив", "зазначив", "повідомив", "підкреслив", "сказав"];

    private static readonly string[] s_topics =
    [
        "економіка", "енергетика", "політика", "дипломатія", "переговори", "війна", "оборона", "безпека", "санкції",
        "вибори", "суди", "корупція", "освіта", "медицина", "наука", "культура", "спорт", "футбол", "технології",
        "штучний інтелект", "кібербезпека", "транспорт", "залізниця", "авіація", "аграрний сектор", "зерно", "експорт",
        "імпорт", "бюджет", "податки", "пенсії", "зарплати", "ціни", "інфляція", "банки", "курс валют", "криптовалюта",
        "нерухомість", "будівництво", "відбудова", "гуманітарна допомога", "біженці", "права людини", "екологія",
        "клімат", "погода", "надзвичайні ситуації", "пожежі", "повені", "дороги", "комунальні послуги", "тарифи",
        "газ", "нафта", "електроенергія", "атомна енергетика", "відновлювана енергетика", "промисловість",
        "металургія", "машинобудування", "ІТ", "стартапи", "малий бізнес", "торгівля", "туризм", "кіно", "музика",
        "література", "театр", "музеї", "історія", "релігія", "молодь", "демографія", "охорона здоров'я", "вакцинація",
        "пандемія", "прикордонний контроль", "мобілізація", "ветерани", "волонтери", "реформи", "децентралізація",
        "місцеве самоврядування", "парламент", "уряд", "президент", "конституція", "референдум", "протести",
        "свобода слова", "медіа", "пропаганда", "дезінформація", "розвідка", "армія", "флот", "ППО", "дрони",
    ];

    private static readonly string[] s_places =
    [
        "Україна", "Київ", "Львів", "Харків", "Одеса", "Дніпро", "Запоріжжя", "Вінниця", "Полтава", "Чернігів",
        "Суми", "Житомир", "Рівне", "Луцьк", "Тернопіль", "Івано-Франківськ", "Ужгород", "Чернівці", "Хмельницький",
        "Черкаси", "Кропивницький", "Миколаїв", "Херсон", "Донецьк", "Луганськ", "Маріуполь", "Бердянськ", "Мелітополь",
        "Крим", "Севастополь", "Ялта", "Кривий Ріг", "Кременчук", "Біла Церква", "Бровари", "Ірпінь", "Буча", "Гостомель",
        "Умань", "Ковель", "Мукачево", "Краматорськ", "Слов'янськ", "Бахмут", "Авдіївка", "Покровськ", "Ізюм", "Куп'янськ",
        "Нікополь", "Енергодар", "Очаків", "Ізмаїл", "Конотоп", "Шостка", "Ніжин", "Прилуки", "Бердичів", "Коростень",
        "Дрогобич", "Стрий", "Калуш", "Коломия", "США", "Росія", "Німеччина", "Франція", "Польща", "Велика Британія",
        "Італія", "Іспанія", "Канада", "Японія", "Китай", "Індія", "Туреччина", "Ізраїль", "Іран", "Білорусь", "Молдова",
        "Румунія", "Угорщина", "Словаччина", "Чехія", "Литва", "Латвія", "Естонія", "Фінляндія", "Швеція", "Норвегія",
        "Данія", "Нідерланди", "Бельгія", "Австрія", "Швейцарія", "Греція", "Болгарія", "Грузія", "Вірменія",
        "Азербайджан", "Казахстан", "Бразилія", "Мексика", "Аргентина", "Австралія", "Південна Корея", "Північна Корея",
        "Саудівська Аравія", "Єгипет", "Сирія", "Ірак", "Катар", "ОАЕ", "Португалія", "Ірландія", "Хорватія", "Сербія",
        "Словенія", "Чорногорія", "Албанія", "Північна Македонія", "Ісландія", "Люксембург", "Мальта", "Кіпр",
        "Вашингтон", "Москва", "Берлін", "Париж", "Варшава", "Лондон", "Брюссель", "Рим", "Мадрид", "Відень", "Прага",
        "Будапешт", "Бухарест", "Вільнюс", "Рига", "Таллінн", "Гельсінкі", "Стокгольм", "Осло", "Копенгаген", "Амстердам",
        "Женева", "Стамбул", "Анкара", "Пекін", "Токіо", "Делі", "Тегеран", "Мінськ", "Кишинів", "Тбілісі", "Маямі",
        "Нью-Йорк", "Давос", "Мюнхен", "Гаага", "Страсбург", "Ер-Ріяд", "Доха", "Абу-Дабі", "Чорне море", "Азовське море",
        "Дунай", "Дніпро (річка)", "Карпати", "Полісся", "Донбас", "Слобожанщина", "Поділля", "Буковина", "Закарпаття",
    ];

    private static readonly string[] s_bodies =
    [
        "НАТО", "ЄС", "ООН", "МВФ", "Світовий банк", "ОБСЄ", "Рада Європи", "Європарламент", "Єврокомісія", "G7", "G20",
        "МАГАТЕ", "ВООЗ", "Кремль", "Білий дім", "Пентагон", "Держдеп", "Верховна Рада", "Кабмін", "Офіс президента",
        "НБУ", "Мінфін", "МЗС", "Міноборони", "МВС", "СБУ", "НАБУ", "САП", "ДБР", "Нацполіція", "ДСНС", "Укренерго",
        "Нафтогаз", "Укрзалізниця", "Укрпошта", "ЦВК", "Конституційний Суд", "Верховний Суд", "Генпрокуратура",
        "Рахункова палата", "Антимонопольний комітет", "Фонд держмайна", "Пенсійний фонд", "НАЗК",
    ];

    private static readonly string[] s_givenNames =
    [
        "Олександр", "Андрій", "Сергій", "Володимир", "Дмитро", "Михайло", "Юрій", "Олег", "Віктор", "Іван", "Петро",
        "Микола", "Василь", "Ігор", "Роман", "Тарас", "Богдан", "Максим", "Євген", "Павло", "Олена", "Наталія",
        "Ірина", "Тетяна", "Оксана", "Юлія", "Ольга", "Марія", "Світлана", "Людмила", "Галина", "Катерина", "Анна",
        "Вікторія", "Софія", "Дарина", "Христина", "Леся", "Зоряна", "Надія", "Степан", "Григорій", "Артем",
    ];

    private static readonly string[] s_surnames =
    [
        "Шевченко", "Коваленко", "Бондаренко", "Ткаченко", "Кравченко", "Олійник", "Мельник", "Шевчук", "Поліщук",
        "Лисенко", "Савченко", "Руденко", "Марченко", "Петренко", "Павленко", "Гончаренко", "Литвиненко", "Кузьменко",
        "Левченко", "Ковальчук", "Остапчук", "Степаненко", "Василенко", "Мартинюк", "Гнатюк", "Романюк", "Кириленко",
        "Бойко", "Кравчук", "Дмитренко", "Приходько", "Головко", "Юрченко", "Данилюк", "Тимченко", "Карпенко",
        "Федоренко", "Панченко", "Мирошниченко", "Гаврилюк", "Сидоренко", "Тарасенко", "Назаренко", "Козаченко",
    ];
}
