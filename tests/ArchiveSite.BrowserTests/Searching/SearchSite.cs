using ArchiveSite.Core.Content;

namespace ArchiveSite.BrowserTests.Searching;

/// <summary>
/// A small archive made for the search tests: Ukrainian and Russian articles whose words, names and dates are
/// known, so that each query has one right set of results. Built by the app (search index included) under a sub-path,
/// as GitHub Pages serves a project site, and served on 127.0.0.1.
/// </summary>
public sealed class SearchSite : IAsyncLifetime
{
    public const string BasePath = "/archive/";

    /// <summary>Keys of the digests: more results for one word than a page of results shows.</summary>
    public static readonly string[] DigestKeys = [.. Enumerable.Range(1, 12).Select(i => $"P{i:00}")];

    /// <summary>Key, language, date, headline, summary, body, persons, tags.</summary>
    public static readonly (string Key, string Lang, DateTimeOffset Date, string Title, string Summary, string Body, string[] Persons, string[] Tags)[] Articles =
    [
        ("A", "uk", Day(2024, 3, 12), "ЄС ухвалив новий пакет санкцій", "Європейський Союз погодив санкції проти російських банків.",
            "Новий пакет санкцій стосується банків і нафти. У санкціях ідеться про двадцять компаній. Зеленський подякував партнерам.", ["Володимир Зеленський"], ["санкції", "ЄС"]),
        ("B", "uk", Day(2025, 6, 2), "Санкції проти танкерів тіньового флоту", "Британія запровадила обмеження для танкерів.",
            "Обмеження стосуються сорока танкерів. Лондон пояснив рішення торгівлею нафтою.", ["Кір Стармер"], ["санкції", "Велика Британія"]),
        ("C", "uk", Day(2025, 1, 20), "Переговори у Женеві завершилися без домовленостей", "Делегації обговорили обмін полоненими.",
            "Під час переговорів сторони говорили про обмін полоненими. Сибіга заявив, що в переговорах Україна не поступиться територіями. Лаврова на зустрічі не було.", ["Андрій Сибіга", "Сергій Лавров"], ["переговори", "Швейцарія"]),
        ("D", "uk", Day(2023, 11, 5), "Енергетики готують мережі до зими", "Ремонт енергетичної інфраструктури триває.",
            "Енергетики відновили дві підстанції. Міністр наголосив, що енергетика витримає морози. Відключення світла можливі вночі.", ["Герман Галущенко"], ["енергетика"]),
        ("E", "uk", Day(2020, 10, 25), "Місцеві вибори відбулися без порушень", "Явка на виборах склала 37 відсотків.",
            "Спостерігачі стежили за виборами в усіх областях. Голосування тривало до восьмої вечора.", [], ["вибори"]),
        ("F", "uk", Day(2024, 8, 15), "Зеленський зустрівся з аграріями", "Президент обговорив з фермерами експорт зерна.",
            "Зеленського запитали про морський коридор. Аграрії скаржилися на логістику. Зеленському пообіцяли нові маршрути.", ["Володимир Зеленський"], ["аграрії", "експорт"]),
        ("G", "uk", Day(2022, 9, 1), "У Львові відкрили нову школу", "Навчальний заклад прийняв пів тисячі учнів.",
            "Школу збудували за два роки. Директорка розповіла на з’їзді освітян, що в класах є укриття.", ["Андрій Садовий"], ["освіта", "Львів"]),
        ("H", "uk", Day(2021, 5, 13), "Футбольний клуб здобув кубок", "Фінал завершився з рахунком два один.",
            "Гравці святкували перемогу на стадіоні. Тренер подякував уболівальникам.", [], ["спорт"]),
        ("I", "uk", Day(2025, 2, 10), "У Харкові відновили рух метро", "Поїзди знову курсують усіма лініями.",
            "Метро працює з шостої ранку. Мер Ігор Терехов сказав, що станції також є укриттями.", ["Ігор Терехов"], ["Харків", "транспорт"]),
        ("J", "uk", Day(2025, 3, 3), "Сили оборони відбили атаку дронів", "Над областю збили сорок безпілотників.",
            "Ворожі дрони летіли до Києва. Уламки пошкодили два будинки.", [], ["війна"]),
        ("K", "ru", Day(2024, 11, 3), "Выборы в Молдове: Санду лидирует", "На выборах президента проголосовали более миллиона человек.",
            "Майя Санду набрала большинство голосов. Наблюдатели не сообщили о нарушениях на выборах. Итоги выборов объявят завтра.", ["Майя Санду"], ["выборы", "Молдова"]),
        ("L", "ru", Day(2025, 4, 18), "Лавров назвал санкции незаконными", "Министр выступил на пресс-конференции.",
            "Сергей Лавров заявил, что санкции не изменят политику. Вместе с Лавровым выступил его коллега из Венгрии.", ["Сергей Лавров"], ["санкции", "Россия"]),
        ("M", "ru", Day(2025, 5, 22), "Переговоры в Анкаре продлятся неделю", "Делегации договорились о повестке.",
            "На переговорах обсуждают морской коридор. Переговорщики встретятся снова в понедельник.", [], ["переговоры", "Турция"]),
        ("N", "ru", Day(2023, 12, 12), "Энергетики восстановили подачу тепла", "В городе снова есть отопление.",
            "Энергетическая компания заменила трубы. Объём работ оценили жители.", [], ["энергетика"]),
        ("O", "ru", Day(2022, 2, 1), "В Одессе открыли школу после ремонта", "Ученики вернулись в классы.",
            "Школа получила новые окна и укрытие.", [], ["образование", "Одесса"]),
        .. Digests(),
    ];


    private Hosting.StaticSiteServer? _server;

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "archivesite-search-" + Guid.NewGuid().ToString("N"));

    public string Output => Path.Combine(Root, "output");

    public Hosting.StaticSiteServer Server => _server ?? throw new InvalidOperationException("The site is not served.");

    /// <summary>The URL of a page under the base path.</summary>
    public string Url(string sitePath) => Server.Url(BasePath.TrimStart('/') + sitePath);

    /// <summary>The article of a key, by the path its result links to.</summary>
    public static string PathOf(string key) => $"{BasePath}{Articles.Single(a => a.Key == key).Date:yyyy}/{Articles.Single(a => a.Key == key).Date:MM}/{Slug(key)}/";

    public async Task InitializeAsync()
    {
        if (Hosting.Chromium.SkipReason is not null)
        {
            return;
        }

        var input = Path.Combine(Root, "input");
        foreach (var (key, lang, date, title, summary, body, persons, tags) in Articles)
        {
            var frontMatter = new FrontMatter
            {
                Title = title,
                Date = date,
                Slug = Slug(key),
                Lang = lang,
                Summary = summary,
                Persons = [.. persons],
                Tags = [.. tags],
            };
            var path = Path.Combine(input, "articles", date.ToString("yyyy", null), date.ToString("MM", null), Slug(key) + ".md");
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await File.WriteAllTextAsync(path, FrontMatterWriter.Write(frontMatter, MarkdownText.Escape(summary + " " + body) + "\n"));
        }

        using var output = new StringWriter();
        using var errors = new StringWriter();
        var code = await Cli.CliApp.RunAsync(["build", "--input", input, "--output", Output, "--base-url", "https://example.org" + BasePath], output, errors, CancellationToken.None);
        if (code != 0 || !File.Exists(Path.Combine(Output, "search", "index", "meta.json")))
        {
            throw new InvalidOperationException($"the search site did not build (exit {code}): {errors}");
        }

        _server = Hosting.StaticSiteServer.Start(Output, BasePath);
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }

    private static string Slug(string key) => "stattia-" + key.ToLowerInvariant();

    /// <summary>A weekly digest for each of twelve weeks of 2019, the first mentioning its word once, the later
    /// ones more often, so that best match and newest first order them differently.</summary>
    private static IEnumerable<(string, string, DateTimeOffset, string, string, string, string[], string[])> Digests() =>
        DigestKeys.Select((key, i) => (key, "uk", Day(2019, 1, 1).AddDays(7 * i), $"Тижневий огляд номер {i + 1}", "Підсумки тижня в регіонах.",
            string.Join(' ', Enumerable.Repeat("Дайджест зібрав головне за тиждень.", 1 + (i % 4))), Array.Empty<string>(), new[] { "огляди" }));

    private static DateTimeOffset Day(int year, int month, int day) => new(year, month, day, 12, 0, 0, TimeSpan.FromHours(2));
}

[CollectionDefinition(Name)]
public sealed class SearchCollection : ICollectionFixture<SearchSite>, ICollectionFixture<Hosting.ChromiumFixture>
{
    public const string Name = "Search";
}
