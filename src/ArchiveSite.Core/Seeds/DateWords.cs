using ArchiveSite.Core.Language.Text;

namespace ArchiveSite.Core.Seeds;

/// <summary>The words of date lines in Ukrainian, Russian and English: month names in any case or
/// abbreviation, weekdays, and the words sites print around a date.</summary>
internal static class DateWords
{
    /// <summary>Month stems; a month word is a stem with a case ending or an abbreviation of it.</summary>
    private static readonly string[][] s_monthStems =
    [
        ["січ", "янв", "jan"],
        ["лют", "фев", "feb"],
        ["бер", "мар"],
        ["кві", "апр", "apr"],
        ["тра"],
        ["чер", "июн", "jun"],
        ["лип", "июл", "jul"],
        ["сер", "авг", "aug"],
        ["вер", "сен", "sep"],
        ["жов", "окт", "oct"],
        ["лис", "ноя", "nov"],
        ["гру", "дек", "dec"],
    ];

    /// <summary>Short month names that no stem covers.</summary>
    private static readonly Dictionary<string, int> s_shortMonths = new(StringComparer.Ordinal)
    {
        ["мая"] = 5,
        ["май"] = 5,
        ["мае"] = 5,
        ["may"] = 5,
        ["mar"] = 3,
        ["march"] = 3,
    };

    private static readonly HashSet<string> s_weekdays = new(StringComparer.Ordinal)
    {
        "понеділок", "вівторок", "середа", "четвер", "п'ятниця", "субота", "неділя",
        "пн", "вт", "ср", "чт", "пт", "сб", "нд",
        "понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье", "вс",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "wed", "thu", "fri", "sat", "sun",
    };

    /// <summary>Weekdays in the order of <see cref="DayOfWeek"/>, first letters enough to tell them apart.</summary>
    private static readonly string[][] s_weekdayStarts =
    [
        ["нед", "нд", "вос", "вс", "sun"],
        ["пон", "пн", "mon"],
        ["вів", "вто", "вт", "tue"],
        ["сер", "сре", "ср", "wed"],
        ["чет", "чт", "thu"],
        ["п'я", "пят", "пт", "fri"],
        ["суб", "сб", "sat"],
    ];

    /// <summary>Words that introduce a publication date or stand beside it.</summary>
    private static readonly HashSet<string> s_leadIns = new(StringComparer.Ordinal)
    {
        "опубліковано", "опубликовано", "оприлюднено", "дата", "публікації", "публикации", "публікація", "публикация",
        "додано", "добавлено", "розміщено", "размещено", "створено", "создано", "published", "posted", "date",
        "року", "роки", "р", "года", "г", "год", "о", "в", "об", "у", "at", "on",
    };

    private static readonly HashSet<string> s_updated = new(StringComparer.Ordinal)
    {
        "оновлено", "обновлено", "змінено", "изменено", "редаговано", "отредактировано", "updated", "modified", "доповнено", "дополнено",
    };

    private static readonly HashSet<string> s_today = new(StringComparer.Ordinal)
    {
        "сьогодні", "сегодня", "today",
    };

    /// <summary>The month (1–12) a word names, or 0.</summary>
    public static int Month(string word)
    {
        var key = Key(word).TrimEnd('.');
        if (s_shortMonths.TryGetValue(key, out var month))
        {
            return month;
        }

        if (key.Length < 3)
        {
            return 0;
        }

        for (var i = 0; i < s_monthStems.Length; i++)
        {
            foreach (var stem in s_monthStems[i])
            {
                if (key.StartsWith(stem, StringComparison.Ordinal) && key.Length <= stem.Length + 7)
                {
                    return i + 1;
                }
            }
        }

        return 0;
    }

    /// <summary>The weekday a weekday word names.</summary>
    public static DayOfWeek? Weekday(string word)
    {
        var key = Key(word).TrimEnd('.');
        if (!s_weekdays.Contains(key))
        {
            return null;
        }

        for (var day = 0; day < s_weekdayStarts.Length; day++)
        {
            foreach (var start in s_weekdayStarts[day])
            {
                if (key.StartsWith(start, StringComparison.Ordinal))
                {
                    return (DayOfWeek)day;
                }
            }
        }

        return null;
    }

    public static bool IsLeadIn(string word) => s_leadIns.Contains(Key(word).TrimEnd('.'));

    public static bool IsUpdated(string word) => s_updated.Contains(Key(word));

    public static bool IsToday(string word) => s_today.Contains(Key(word));

    private static string Key(string word) => InvariantCase.ToLower(word.Replace('’', '\'').Replace('ʼ', '\''));
}
