using ArchiveSite.Core.Import;
using ArchiveSite.Core.Seeds;

namespace ArchiveSite.Core.Tests.Seeds;

public sealed class SeedDateParserTests
{
    public static TheoryData<string, string> ValidLines => new()
    {
        // Ukrainian month names, genitive and nominative, any letter case.
        { "23 грудня 2025, 15:30", "2025-12-23T15:30:00+02:00" },
        { "23 ГРУДНЯ 2025, 15:30", "2025-12-23T15:30:00+02:00" },
        { "1 Липня 2025 09:05", "2025-07-01T09:05:00+03:00" },
        { "5 березня 2024", "2024-03-05T00:00:00+02:00" },
        // Russian month names.
        { "28 ноября 2025, 00:33", "2025-11-28T00:33:00+02:00" },
        { "3 АВГУСТА 2024 в 18:00", "2024-08-03T18:00:00+03:00" },
        // Numeric dates, with the time before or after.
        { "28.11.2025", "2025-11-28T00:00:00+02:00" },
        { "00:33 28.11.2025", "2025-11-28T00:33:00+02:00" },
        { "27.01.2026, 07:11", "2026-01-27T07:11:00+02:00" },
        // Slashes and hyphens, year first, the time before or after with a separator.
        { "14/03/2024", "2024-03-14T00:00:00+02:00" },
        { "14-03-2024 | 08:05", "2024-03-14T08:05:00+02:00" },
        { "08:05 / 14.03.2024", "2024-03-14T08:05:00+02:00" },
        { "08:05 - 14/03/2024", "2024-03-14T08:05:00+02:00" },
        { "2024-03-14", "2024-03-14T00:00:00+02:00" },
        { "2024.03.14 08:05", "2024-03-14T08:05:00+02:00" },
        // Month-day-year where the day cannot be a month, or the weekday says so.
        { "03/25/2024", "2024-03-25T00:00:00+02:00" },
        { "Friday, 03/08/2024", "2024-03-08T00:00:00+02:00" },
        { "Пятница, 08.03.2024", "2024-03-08T00:00:00+02:00" },
        // Month names in other cases and abbreviated, in both languages, and in English.
        { "14 бер. 2024, 08:05", "2024-03-14T08:05:00+02:00" },
        { "7 груд. 2023", "2023-12-07T00:00:00+02:00" },
        { "7 дек. 2023 в 10:15", "2023-12-07T10:15:00+02:00" },
        { "7 июнь 2023", "2023-06-07T00:00:00+03:00" },
        { "March 14, 2024", "2024-03-14T00:00:00+02:00" },
        // Separators between the time and the date, and a comma before the year.
        { "7 грудня 2023 – 10:15", "2023-12-07T10:15:00+02:00" },
        { "10:15, 7 грудня, 2023", "2023-12-07T10:15:00+02:00" },
        { "7 грудня 2023 року о 10:15", "2023-12-07T10:15:00+02:00" },
        { "7 декабря 2023 г. в 10:15", "2023-12-07T10:15:00+02:00" },
        // Year first, with the day and month after it.
        { "2023, 7 декабря 10:15", "2023-12-07T10:15:00+02:00" },
        // A year glued to the next word or to the time, and a day and month glued to the year.
        { "10:15, 7 декабря 2023Политика", "2023-12-07T10:15:00+02:00" },
        { "7 грудня 202310:15", "2023-12-07T10:15:00+02:00" },
        { "10:15 07.122023", "2023-12-07T10:15:00+02:00" },
        // Lead-in words, weekdays, a byline or place, a note after.
        { "Опубліковано: Четвер, 7 грудня 2023, 10:15", "2023-12-07T10:15:00+02:00" },
        { "- Дата публікації: 07.12.2023", "2023-12-07T00:00:00+02:00" },
        { "Дата публикации 7 декабря 2023 10:15", "2023-12-07T10:15:00+02:00" },
        { "Чт, 07 грудня 2023", "2023-12-07T00:00:00+02:00" },
        { "Іван Петренко, 7 грудня 2023, 10:15", "2023-12-07T10:15:00+02:00" },
        { "7 декабря 2023, 10:15 [ «Вести» ]", "2023-12-07T10:15:00+02:00" },
        // The first publication wins over the update.
        { "Опубліковано 07.12.2023 10:15 Оновлено 08.12.2023 09:00", "2023-12-07T10:15:00+02:00" },
        { "Оновлено 08.12.2023 09:00, опубліковано 07.12.2023 10:15", "2023-12-07T10:15:00+02:00" },
    };

    public static TheoryData<string> InvalidLines => new()
    {
        // Not a date line, or a date that does not exist.
        "Москва оголосила про новий раунд переговорів із США",
        "32 грудня 2025, 15:30",
        "29 лютого 2025",
        "23 грудня 2025, 25:30",
        "23 брумера 2025",
        "",
        // Relative days and the site's current date are not publication dates.
        "Сьогодні, 12:30",
        "5 часов назад",
        "2 години тому",
        "Сегодня: 07/12/2023",
        // An event's span or deadline, and a sentence that mentions a date.
        "7 грудня 2023 - 10 січня 2024",
        "до 10 січня 2024",
        "Засідання відбудеться 7 грудня 2023 року у великій залі міської ради",
    };

    [Theory]
    [MemberData(nameof(ValidLines))]
    public void TryParseLine_DateLine_GivesKyivTimeWithOffset(string line, string expected)
    {
        var date = SeedDateParser.TryParseLine(line, Zones.Kyiv);

        Assert.NotNull(date);
        Assert.Equal(expected, date.Value.ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("Сьогодні, 12:30", DateLineKind.Relative)]
    [InlineData("3 хвилини тому", DateLineKind.Relative)]
    [InlineData("Сегодня: 07/12/2023", DateLineKind.CurrentDate)]
    [InlineData("Оновлено: 08.12.2023, 09:00", DateLineKind.Updated)]
    [InlineData("07.12.2023, 10:15", DateLineKind.Published)]
    public void Read_DateLine_TellsItsKind(string line, DateLineKind kind) =>
        Assert.Equal(kind, SeedDateParser.Read(line, Zones.Kyiv)?.Kind);

    [Theory]
    [InlineData("Іван Петренко, 7 грудня 2023, 10:15", true)]
    [InlineData("Київ, понеділок 11 серпня 2025 08:53", false)]
    [InlineData("Опубліковано: 07.12.2023", false)]
    public void Read_DateLine_TellsWhetherOtherWordsStand(string line, bool other) =>
        Assert.Equal(other, SeedDateParser.Read(line, Zones.Kyiv)?.HasOtherText);

    [Theory]
    [MemberData(nameof(InvalidLines))]
    public void TryParseLine_NotADate_GivesNull(string line) => Assert.Null(SeedDateParser.TryParseLine(line, Zones.Kyiv));
}
