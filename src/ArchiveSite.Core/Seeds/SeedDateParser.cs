using System.Globalization;
using System.Text.RegularExpressions;

namespace ArchiveSite.Core.Seeds;

/// <summary>
/// Reads the date lines news sites print, as a small grammar: a date (day, month and year as numbers with
/// <c>.</c> <c>/</c> <c>-</c> in day-month-year or year-month-day order, or a month name in any case or
/// abbreviation, Ukrainian, Russian or English), an optional time before or after it with a separator
/// (<c>,</c> <c>|</c> <c>–</c> <c>/</c> <c>о</c> <c>в</c>), and around them only lead-in words
/// (<c>Опубліковано:</c>, <c>Дата публікації</c>), a weekday, a few words of place, byline or rubric and a
/// note in brackets. Times are local to the source (Europe/Kyiv) and get its offset on that date.
/// </summary>
public static partial class SeedDateParser
{
    /// <summary>Words other than the date's own that a date line may hold: a place, a byline, a rubric.</summary>
    private const int MaxOtherWords = 4;

    /// <summary>Parses a line that holds a date and little else. Null when the line holds no date with a
    /// year, or only a relative day or the site's current date.</summary>
    public static DateTimeOffset? TryParseLine(string line, TimeZoneInfo zone) =>
        Read(line, zone) is { Date: { } date, Kind: DateLineKind.Published or DateLineKind.Updated } ? date : null;

    /// <summary>Reads a date line: its date and what kind of date it is. Null when the line is no date line.</summary>
    public static DateLine? Read(string line, TimeZoneInfo zone)
    {
        var text = line.Replace('\u00A0', ' ').Trim().TrimEnd('.');
        if (text.Length is 0 or > 100)
        {
            return null;
        }

        text = Note().Replace(text, string.Empty);
        if (Relative().IsMatch(text))
        {
            return new DateLine(null, DateLineKind.Relative, false);
        }

        var matches = DatePattern().Matches(text);
        for (var i = 1; i < matches.Count; i++)
        {
            if (Dash().IsMatch(text[(matches[i - 1].Index + matches[i - 1].Length)..matches[i].Index]))
            {
                return null;
            }
        }

        DateCandidate? chosen = null;
        var previousEnd = 0;
        foreach (Match match in matches)
        {
            var from = previousEnd;
            previousEnd = match.Index + match.Length;
            if (Candidate(text, match, from) is not { } candidate)
            {
                continue;
            }

            if (chosen is null || (chosen.Value.Updated && !candidate.Updated))
            {
                chosen = candidate;
            }

            if (!candidate.Updated)
            {
                break;
            }
        }

        if (chosen is not null && Deadline().IsMatch(text))
        {
            return null;
        }

        if (chosen is not { } found)
        {
            return RelativeDayWithTime().IsMatch(text) ? new DateLine(null, DateLineKind.Relative, false) : null;
        }

        var words = OtherWords(text, found, out var weekday, out var today);
        if (words < 0 || words > MaxOtherWords || BadTime().IsMatch(text[found.End..]))
        {
            return null;
        }

        var (day, month) = (found.Day, found.Month);
        if (found.Numeric && (month > 12 || (weekday is { } named && Weekday(found.Year, month, day) != named && Weekday(found.Year, day, month) == named)))
        {
            (day, month) = (month, day);
        }

        if (month is < 1 or > 12 || day < 1 || found.Year is < 1800 || day > DateTime.DaysInMonth(found.Year, month))
        {
            return null;
        }

        var local = new DateTime(found.Year, month, day, found.Hour, found.Minute, 0, DateTimeKind.Unspecified);
        var kind = today ? DateLineKind.CurrentDate : found.Updated ? DateLineKind.Updated : DateLineKind.Published;
        return new DateLine(new DateTimeOffset(local, zone.GetUtcOffset(local)), kind, words > 1, found.HasTime);
    }

    private static DateCandidate? Candidate(string text, Match match, int from)
    {
        var named = match.Groups["name"];
        var month = named.Success ? DateWords.Month(named.Value) : Number(match.Groups["month"]);
        if (month == 0)
        {
            return null;
        }

        var start = match.Index;
        var end = match.Index + match.Length;
        int hour = 0, minute = 0;
        var hasTime = false;
        if (TimeAfter().Match(text, end) is { Success: true } after && after.Index == end)
        {
            (hour, minute, hasTime) = (Number(after.Groups["hour"]), Number(after.Groups["minute"]), true);
            end = after.Index + after.Length;
        }
        else if (TimeBefore().Match(text[..start]) is { Success: true } before)
        {
            (hour, minute, hasTime) = (Number(before.Groups["hour"]), Number(before.Groups["minute"]), true);
            start = before.Index;
        }

        // "Оновлено: 12:40 05.03.2024": an update word among the few words right before the date.
        var wordsBefore = Word().Matches(text[Math.Min(from, start)..start]);
        var updated = false;
        for (var i = Math.Max(0, wordsBefore.Count - 3); i < wordsBefore.Count; i++)
        {
            updated |= DateWords.IsUpdated(wordsBefore[i].Value);
        }

        return new DateCandidate(start, end, Number(match.Groups["year"]), month, Number(match.Groups["day"]), hour, minute, hasTime, !named.Success, updated);
    }

    /// <summary>How many words of the line are neither the date, nor lead-in words, nor a weekday; -1 when
    /// the line reads as a sentence with a date in it.</summary>
    private static int OtherWords(string text, DateCandidate found, out DayOfWeek? weekday, out bool today)
    {
        weekday = null;
        today = false;
        int before = 0, after = 0;
        foreach (Match word in Word().Matches(text))
        {
            if (word.Index >= found.Start && word.Index < found.End)
            {
                continue;
            }

            if (DateWords.Weekday(word.Value) is { } day)
            {
                weekday ??= day;
            }
            else if (DateWords.IsToday(word.Value))
            {
                today = true;
            }
            else if (!DateWords.IsLeadIn(word.Value) && !DateWords.IsUpdated(word.Value))
            {
                before += word.Index < found.Start ? 1 : 0;
                after += word.Index >= found.End ? 1 : 0;
            }
        }

        // Another date or time after this one belongs to an update note, which is allowed.
        return after > 3 ? -1 : before + after;
    }

    private static DayOfWeek? Weekday(int year, int month, int day) =>
        month is >= 1 and <= 12 && year >= 1800 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Unspecified).DayOfWeek
            : null;

    private static int Number(Group group) =>
        group.Success ? int.Parse(group.Value, CultureInfo.InvariantCulture) : 0;

    private readonly record struct DateCandidate(int Start, int End, int Year, int Month, int Day, int Hour, int Minute, bool HasTime, bool Numeric, bool Updated);

    /// <summary>The date itself, in the orders sites print it. The year may run straight into a word or a time.</summary>
    [GeneratedRegex(
        @"(?<!\d)(?:"
        + @"(?<day>\d{1,2})(?<sep>[./-])(?<month>\d{1,2})\k<sep>(?<year>[12]\d{3})"
        + @"|(?<day>\d{1,2})\.(?<month>\d{2})(?<year>[12]\d{3})"
        + @"|(?<year>[12]\d{3})(?<sep>[./-])(?<month>\d{1,2})\k<sep>(?<day>\d{1,2})(?![\d:])"
        + @"|(?<day>\d{1,2})\s*(?<name>\p{L}{3,}\.?),?\s*(?<year>[12]\d{3})"
        + @"|(?<year>[12]\d{3}),?\s+(?<day>\d{1,2})\s+(?<name>\p{L}{3,})\.?"
        + @"|(?<name>\p{L}{3,})\.?\s+(?<day>\d{1,2}),?\s+(?<year>[12]\d{3})"
        + @")(?:(?!\d)|(?=\d{1,2}:\d{2}))",
        RegexOptions.CultureInvariant)]
    private static partial Regex DatePattern();

    /// <summary>A time after the date: "2025, 15:30", "2025 р. о 15:30", "2022 – 17:12", "2023 | 12:30", "2025 в 12:03".</summary>
    [GeneratedRegex(@"\G(?:\s*(?:р|г|року|года)\.?)?\s*(?:[,|/–—-]\s*)?(?:(?:о|об|в|у|at)\s+)?(?<hour>[01]?\d|2[0-3]):(?<minute>[0-5]\d)(?![\d:])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TimeAfter();

    /// <summary>A time right before the date: "00:33 28.11.2025", "09:27 / 05.12.2023", "12:14 - 02/05/2023".</summary>
    [GeneratedRegex(@"(?<!\d)(?<hour>[01]?\d|2[0-3]):(?<minute>[0-5]\d)\s*(?:[,|/–—-]\s*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex TimeBefore();

    /// <summary>A day said relative to today: "Сьогодні, 12:30", "5 часов назад", "2 години тому".</summary>
    [GeneratedRegex(@"\b\d+\s+(?:хв|хвилин\p{L}*|годин\p{L}*|мин\p{L}*|час\p{L}*|дн\p{L}*|день|minutes?|hours?|days?)\.?\s+(?:тому|назад|ago)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Relative();

    [GeneratedRegex(@"^(?:сьогодні|сегодня|вчора|учора|вчера|позавчора|позавчера|today|yesterday)[\s,:]+(?:(?:о|в|at)\s+)?\d{1,2}:\d{2}$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex RelativeDayWithTime();

    /// <summary>Two dates with a dash between are an event's span, not a publication date: "24 січня 2019 - 06 лютого 2019".</summary>
    [GeneratedRegex(@"^\s*[–—-]\s*$")]
    private static partial Regex Dash();

    /// <summary>An event's start or deadline: "до 9 серпня 2019", "з 01.03.2024".</summary>
    [GeneratedRegex(@"(?:^|\s)(?:до|по|з|із|с|від|от|from|until|till)\s+\d{1,2}[\s./-]", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Deadline();

    /// <summary>A time of day that does not exist right after the date: "2025, 25:30".</summary>
    [GeneratedRegex(@"^\D{0,12}?\d{1,2}:\d{2}")]
    private static partial Regex BadTime();

    /// <summary>A note in brackets after the date: "(обновлено: 00:34 28.11.2025)", "[ «Газета» ]".</summary>
    [GeneratedRegex(@"\s*[(\[][^()\[\]]*[)\]]$", RegexOptions.CultureInvariant)]
    private static partial Regex Note();

    [GeneratedRegex(@"\p{L}[\p{L}.'’ʼ-]*")]
    private static partial Regex Word();
}

/// <summary>What a date line says.</summary>
public enum DateLineKind
{
    /// <summary>The publication date.</summary>
    Published,

    /// <summary>The date of an update ("Оновлено"); the publication date wins when the page states both.</summary>
    Updated,

    /// <summary>A day relative to today ("Сьогодні, 12:30", "5 годин тому"): no date can be told from it.</summary>
    Relative,

    /// <summary>The site's widget with today's date ("Сегодня: 31/01/2026"), not a publication date.</summary>
    CurrentDate,
}

/// <param name="Date">The date and time with the source's offset; null for a relative day.</param>
/// <param name="HasOtherText">The line holds words besides the date (a byline, a place, a rubric), so it is
/// text to keep as well as a date.</param>
/// <param name="HasTime">A time of day was given.</param>
public sealed record DateLine(DateTimeOffset? Date, DateLineKind Kind, bool HasOtherText, bool HasTime = false);
