using System.Globalization;

namespace ArchiveSite.Core.Site;

/// <summary>The site's own words in one language. Ukrainian by default; English as an alternative.</summary>
public sealed record UiText
{
    public required string Language { get; init; }

    public required string SkipToContent { get; init; }

    public required string Sections { get; init; }

    public required string Articles { get; init; }

    public required string Tags { get; init; }

    public required string Persons { get; init; }

    public required string Archive { get; init; }

    public required string Home { get; init; }

    public required string Search { get; init; }

    public required string SearchIntro { get; init; }

    public required string SearchNeedsScript { get; init; }

    public required string SearchUnavailable { get; init; }

    public required SearchUiText SearchForm { get; init; }

    public required string Breadcrumbs { get; init; }

    public required string Letters { get; init; }

    public required string Photo { get; init; }

    public required string Source { get; init; }

    public required string Related { get; init; }

    public required string PreviousArticle { get; init; }

    public required string NextArticle { get; init; }

    public required string Pages { get; init; }

    public required string PreviousPage { get; init; }

    public required string NextPage { get; init; }

    public required string Page { get; init; }

    public required string Feed { get; init; }

    public required string NoArticles { get; init; }

    public required string Empty { get; init; }

    public required string Person { get; init; }

    public required string Tag { get; init; }

    public required string Undated { get; init; }

    public required string NotFoundTitle { get; init; }

    public required string NotFoundText { get; init; }

    public required string ArticlesCount { get; init; }

    /// <summary>Month names as they stand after a day: "грудня", "December".</summary>
    public required IReadOnlyList<string> MonthsAfterDay { get; init; }

    /// <summary>Month names standing alone: "грудень", "December".</summary>
    public required IReadOnlyList<string> Months { get; init; }

    public static UiText Ukrainian { get; } = new()
    {
        Language = "uk",
        SkipToContent = "До змісту",
        Sections = "Розділи",
        Articles = "Статті",
        Tags = "Теги",
        Persons = "Люди",
        Archive = "Архів",
        Home = "Головна",
        Search = "Пошук",
        SearchIntro = "Шукайте статті за словами, іменами й темами; звужуйте за людьми, тегами й роками.",
        SearchNeedsScript = "Пошук працює з увімкненим JavaScript. Без нього статті можна знайти через покажчики людей і тегів та архів.",
        SearchUnavailable = "Пошуковий індекс для цього сайту не створено. Перегляньте покажчики людей і тегів або архів.",
        SearchForm = SearchUiText.Ukrainian,
        Breadcrumbs = "Ви тут",
        Letters = "Літери",
        Photo = "Фото",
        Source = "Джерело",
        Related = "Схожі статті",
        PreviousArticle = "Попередня стаття",
        NextArticle = "Наступна стаття",
        Pages = "Сторінки",
        PreviousPage = "Новіші",
        NextPage = "Старіші",
        Page = "Сторінка",
        Feed = "Стрічка Atom",
        NoArticles = "Статей поки немає.",
        Empty = "Поки порожньо.",
        Person = "Людина",
        Tag = "Тег",
        Undated = "Без дати",
        NotFoundTitle = "Сторінку не знайдено",
        NotFoundText = "Такої сторінки в архіві немає. Почніть з головної або з покажчиків людей і тегів.",
        ArticlesCount = "статей",
        MonthsAfterDay = ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня", "листопада", "грудня"],
        Months = ["січень", "лютий", "березень", "квітень", "травень", "червень", "липень", "серпень", "вересень", "жовтень", "листопад", "грудень"],
    };

    public static UiText English { get; } = new()
    {
        Language = "en",
        SkipToContent = "Skip to content",
        Sections = "Sections",
        Articles = "Articles",
        Tags = "Tags",
        Persons = "People",
        Archive = "Archive",
        Home = "Home",
        Search = "Search",
        SearchIntro = "Find articles by words, names and topics; narrow them down by people, tags and years.",
        SearchNeedsScript = "Search needs JavaScript. Without it, find articles through the indexes of people and tags and the archive.",
        SearchUnavailable = "This site was built without its search index. Browse the indexes of people and tags or the archive.",
        SearchForm = SearchUiText.English,
        Breadcrumbs = "You are here",
        Letters = "Letters",
        Photo = "Photo",
        Source = "Source",
        Related = "Related articles",
        PreviousArticle = "Previous article",
        NextArticle = "Next article",
        Pages = "Pages",
        PreviousPage = "Newer",
        NextPage = "Older",
        Page = "Page",
        Feed = "Atom feed",
        NoArticles = "No articles yet.",
        Empty = "Nothing here yet.",
        Person = "Person",
        Tag = "Tag",
        Undated = "Undated",
        NotFoundTitle = "Page not found",
        NotFoundText = "The archive has no such page. Start from the home page or the indexes of people and tags.",
        ArticlesCount = "articles",
        MonthsAfterDay = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
        Months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    };

    public static UiText For(string language) => language == "en" ? English : Ukrainian;

    /// <summary>"23 грудня 2025, 15:30" or "23 December 2025, 15:30".</summary>
    public string FormatDate(DateTimeOffset date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Day} {MonthsAfterDay[date.Month - 1]} {date.Year}, {date:HH:mm}");

    /// <summary>"грудень 2025" or "December 2025".</summary>
    public string FormatMonth(int year, int month) => string.Create(CultureInfo.InvariantCulture, $"{Months[month - 1]} {year}");
}
