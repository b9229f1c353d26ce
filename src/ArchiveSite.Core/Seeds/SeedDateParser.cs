using System.Globalization;
using System.Text.RegularExpressions;

namespace ArchiveSite.Core.Seeds;

/// <summary>
/// Reads the date lines news sites print: <c>23 грудня 2025, 15:30</c>, <c>23 декабря 2025 15:30</c>,
/// <c>28.11.2025</c>, <c>00:33 28.11.2025</c>. Month names are Ukrainian or Russian, in any case and
/// any letter case. Times are local to the source (Europe/Kyiv) and get its offset on that date.
/// </summary>
public static partial class SeedDateParser
{
    private static readonly Dictionary<string, int> s_months = BuildMonths();

    /// <summary>Parses a line that holds a date and little else: a place or weekday before it
    /// ("Цинциннаті, Понеділок 11 серпня 2025 08:53") and a note in brackets after it are allowed.
    /// Null when the line holds no date with a year.</summary>
    public static DateTimeOffset? TryParseLine(string line, TimeZoneInfo zone)
    {
        var text = line.Trim().TrimEnd('.');
        if (text.Length is 0 or > 80)
        {
            return null;
        }

        text = Note().Replace(text, string.Empty);
        return TryParseExact(text, zone) ?? (Lead().Match(text) is { Success: true } lead ? TryParseExact(text[lead.Length..], zone) : null);
    }

    private static DateTimeOffset? TryParseExact(string text, TimeZoneInfo zone)
    {
        var named = NamedMonthDate().Match(text);
        if (named.Success && s_months.TryGetValue(named.Groups["month"].Value.ToLowerInvariant(), out var month))
        {
            return Build(named, month, zone);
        }

        var numeric = NumericDate().Match(text);
        if (numeric.Success)
        {
            return Build(numeric, int.Parse(numeric.Groups["month"].Value, CultureInfo.InvariantCulture), zone);
        }

        return null;
    }

    private static DateTimeOffset? Build(Match match, int month, TimeZoneInfo zone)
    {
        var day = int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);
        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        var hour = 0;
        var minute = 0;
        var time = match.Groups["time1"].Success ? match.Groups["time1"] : match.Groups["time2"];
        if (time.Success)
        {
            var parts = time.Value.Split(':');
            hour = int.Parse(parts[0], CultureInfo.InvariantCulture);
            minute = int.Parse(parts[1], CultureInfo.InvariantCulture);
        }

        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59)
        {
            return null;
        }

        var local = new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    private static Dictionary<string, int> BuildMonths()
    {
        string[][] names =
        [
            ["січня", "січень", "января", "январь", "янв"],
            ["лютого", "лютий", "февраля", "февраль", "фев"],
            ["березня", "березень", "марта", "март", "мар"],
            ["квітня", "квітень", "апреля", "апрель", "апр"],
            ["травня", "травень", "мая", "май"],
            ["червня", "червень", "июня", "июнь", "июн"],
            ["липня", "липень", "июля", "июль", "июл"],
            ["серпня", "серпень", "августа", "август", "авг"],
            ["вересня", "вересень", "сентября", "сентябрь", "сен"],
            ["жовтня", "жовтень", "октября", "октябрь", "окт"],
            ["листопада", "листопад", "ноября", "ноябрь", "ноя"],
            ["грудня", "грудень", "декабря", "декабрь", "дек"],
        ];
        var months = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < names.Length; i++)
        {
            foreach (var name in names[i])
            {
                months[name] = i + 1;
            }
        }

        return months;
    }

    [GeneratedRegex(@"^(?:(?<time1>\d{1,2}:\d{2}),?\s+)?(?<day>\d{1,2})\s+(?<month>\p{L}+)\.?\s+(?<year>\d{4})(?:\s*р\.?)?(?:,?\s+(?:о\s+|в\s+)?(?<time2>\d{1,2}:\d{2}))?$", RegexOptions.CultureInvariant)]
    private static partial Regex NamedMonthDate();

    [GeneratedRegex(@"^(?:(?<time1>\d{1,2}:\d{2}),?\s+)?(?<day>\d{1,2})(?<separator>[./-])(?<month>\d{1,2})\k<separator>(?<year>\d{4})(?:,?\s+(?<time2>\d{1,2}:\d{2}))?$", RegexOptions.CultureInvariant)]
    private static partial Regex NumericDate();

    /// <summary>A note in brackets after the date: "(обновлено: 00:34 28.11.2025)".</summary>
    [GeneratedRegex(@"\s*\([^()]*\)$", RegexOptions.CultureInvariant)]
    private static partial Regex Note();

    /// <summary>Up to three words before the date, such as a place and a weekday: "Київ, понеділок ".</summary>
    [GeneratedRegex(@"^(?:\p{L}[\p{L}'’-]*,?\s+){1,3}(?=\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Lead();
}
