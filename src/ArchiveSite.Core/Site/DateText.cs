using System.Globalization;

namespace ArchiveSite.Core.Site;

/// <summary>Dates as a Ukrainian reader writes them: "23 грудня 2025, 15:30".</summary>
public static class DateText
{
    private static readonly string[] s_monthsGenitive =
    [
        "січня", "лютого", "березня", "квітня", "травня", "червня",
        "липня", "серпня", "вересня", "жовтня", "листопада", "грудня",
    ];

    public static string Format(DateTimeOffset date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Day} {s_monthsGenitive[date.Month - 1]} {date.Year}, {date:HH:mm}");

    public static string Iso(DateTimeOffset date) => date.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
