using System.Text.RegularExpressions;

namespace ArchiveSite.Core.Seeds;

/// <summary>
/// Finds the publication date line near the top of a page: the first line that states a publication date,
/// or failing that the first update date. A date split over two short lines is joined; a relative day
/// ("Сьогодні, 12:30") and the site's current-date widget (a date without a time beside the currency
/// rates or the weather, or after "Сьогодні:") are passed over.
/// </summary>
internal static partial class DateLineFinder
{
    /// <summary>A piece of a date on its own line is at most this long.</summary>
    private const int MaxPieceLength = 30;

    public static DateLineMatch Find(IReadOnlyList<string> lines, int zoneEnd, TimeZoneInfo zone)
    {
        DateLineMatch? updated = null;
        var undated = -1;
        for (var i = 0; i < zoneEnd; i++)
        {
            if (ReadAt(lines, i, zone) is not { } match || match.Line is not { } line)
            {
                continue;
            }

            var kind = line.Kind == DateLineKind.Published && IsWidget(lines, i, line) ? DateLineKind.CurrentDate : line.Kind;
            switch (kind)
            {
                case DateLineKind.Published:
                    return match;
                case DateLineKind.Updated:
                    updated ??= match;
                    break;
                default:
                    undated = undated < 0 ? i : undated;
                    break;
            }

            i += match.Lines - 1;
        }

        return updated ?? new DateLineMatch(-1, 0, null) { UndatedLine = undated };
    }

    private static DateLineMatch? ReadAt(IReadOnlyList<string> lines, int i, TimeZoneInfo zone)
    {
        var line = SeedDateParser.Read(lines[i], zone);
        var hasNext = i + 1 < lines.Count && lines[i + 1].Length <= MaxPieceLength;
        if (line is { Date: not null, HasTime: false } && hasNext && TimeOnly().IsMatch(lines[i + 1])
            && SeedDateParser.Read($"{lines[i]} {lines[i + 1]}", zone) is { HasTime: true } withTime)
        {
            return new DateLineMatch(i, 2, withTime);
        }

        if (line is not null)
        {
            return new DateLineMatch(i, 1, line);
        }

        // "07:11" over "27.01.2026", "5 грудня" over "2025, 09:27".
        if (hasNext && lines[i].Length <= MaxPieceLength && Digit().IsMatch(lines[i])
            && (TimeOnly().IsMatch(lines[i]) || SeedDateParser.Read(lines[i + 1], zone) is null)
            && SeedDateParser.Read($"{lines[i]} {lines[i + 1]}", zone) is { Date: not null, HasOtherText: false } joined)
        {
            return new DateLineMatch(i, 2, joined);
        }

        return null;
    }

    /// <summary>Today's date in the site's header sits beside the currency rates or the weather and has no time.</summary>
    private static bool IsWidget(IReadOnlyList<string> lines, int index, DateLine line)
    {
        if (line.HasTime)
        {
            return false;
        }

        for (var i = Math.Max(0, index - 1); i <= Math.Min(lines.Count - 1, index + 2); i++)
        {
            if (i != index && lines[i].Length <= 60 && RatesOrWeather().IsMatch(lines[i]))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"^\d{1,2}:\d{2}$")]
    private static partial Regex TimeOnly();

    [GeneratedRegex(@"\d")]
    private static partial Regex Digit();

    /// <summary>"$77.19 €91.56", "USD 41,20", "-11.9 C", "+5°".</summary>
    [GeneratedRegex(@"[$€£¥₴₽]\s?\d|\d\s?[$€£¥₴₽]|\b(?:USD|EUR)\b\s?\d|^[-+−]?\d{1,2}(?:[.,]\d)?\s?°?\s?[CС]?$|[-+−]?\d{1,2}\s?°", RegexOptions.CultureInvariant)]
    private static partial Regex RatesOrWeather();
}

/// <param name="Index">The first line of the date, or -1.</param>
/// <param name="Lines">How many lines the date takes.</param>
internal readonly record struct DateLineMatch(int Index, int Lines, DateLine? Line)
{
    /// <summary>A relative day or current-date line met on the way, or -1.</summary>
    public int UndatedLine { get; init; } = -1;
}
