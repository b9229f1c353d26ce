namespace ArchiveSite.Core.Site;

/// <summary>The search page's own words, handed to its script.</summary>
/// <param name="Found">"{0} articles" in the plural forms of the language, '|'-separated in the order of
/// <c>Intl.PluralRules</c> categories one, few, many, other (missing ones fall back to the last).</param>
public sealed record SearchUiText(
    string Label,
    string Submit,
    string Order,
    string ByRelevance,
    string NewestFirst,
    string Filters,
    string Year,
    string AnyYear,
    string More,
    string Busy,
    string Nothing,
    string Found,
    string Failed,
    string Prompt,
    string UnknownFilter)
{
    public static SearchUiText Ukrainian { get; } = new(
        Label: "Що шукати",
        Submit: "Шукати",
        Order: "Порядок",
        ByRelevance: "Спершу доречніші",
        NewestFirst: "Спершу новіші",
        Filters: "Звузити",
        Year: "Рік",
        AnyYear: "Будь-який рік",
        More: "Ще результати",
        Busy: "Шукаємо…",
        Nothing: "Нічого не знайдено. Спробуйте інші слова або приберіть фільтр.",
        Found: "Знайдено {0} статтю|Знайдено {0} статті|Знайдено {0} статей|Знайдено {0} статті",
        Failed: "Пошук не вдався. Оновіть сторінку або скористайтеся покажчиками.",
        Prompt: "Введіть слово, ім'я або тему — або оберіть людину, тег чи рік.",
        UnknownFilter: "В архіві немає такої людини чи тегу: {0}");

    public static SearchUiText English { get; } = new(
        Label: "Search for",
        Submit: "Search",
        Order: "Order",
        ByRelevance: "Best match first",
        NewestFirst: "Newest first",
        Filters: "Narrow down",
        Year: "Year",
        AnyYear: "Any year",
        More: "More results",
        Busy: "Searching…",
        Nothing: "Nothing found. Try other words or remove a filter.",
        Found: "{0} article found|{0} articles found",
        Failed: "Search failed. Reload the page or use the indexes.",
        Prompt: "Type a word, a name or a topic — or choose a person, a tag or a year.",
        UnknownFilter: "The archive has no such person or tag: {0}");
}
