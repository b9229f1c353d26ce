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
    [MemberData(nameof(InvalidLines))]
    public void TryParseLine_NotADate_GivesNull(string line) => Assert.Null(SeedDateParser.TryParseLine(line, Zones.Kyiv));
}
