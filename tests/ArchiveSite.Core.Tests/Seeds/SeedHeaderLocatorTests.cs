using ArchiveSite.Core.Import;
using ArchiveSite.Core.Seeds;

namespace ArchiveSite.Core.Tests.Seeds;

/// <summary>Headlines and dates of pages scraped whole, with menus, bylines and sidebars around them.</summary>
public sealed class SeedHeaderLocatorTests
{
    private const string Headline = "Уряд ухвалив нову програму підтримки малого бізнесу на зиму";

    public static TheoryData<string, string, string, string?> Layouts => new()
    {
        {
            "the archive's own layout",
            $"{Headline}\n\nПідзаголовок про програму\n\n23 грудня 2025, 15:30\nПерший абзац тексту.\n",
            Headline,
            "2025-12-23T15:30"
        },
        {
            "menus first, the headline printed twice",
            $"ua en ru\nНовини Політика Економіка Світ Спорт Культура Наука\nКонтакти Команда Про нас Реклама\n{Headline}\nКиїв, понеділок 11 серпня 2025 08:53\n{Headline}\nАвтор: Іван Петренко\nПерший абзац тексту.\n",
            Headline,
            "2025-08-11T08:53"
        },
        {
            "a title bar with the outlet and the date",
            $"{Headline} - Новини, 28.11.2025\n00:33 28.11.2025 (оновлено: 00:34 28.11.2025)\n{Headline}\nПерший абзац тексту.\n",
            Headline,
            "2025-11-28T00:33"
        },
        {
            "time and date on two lines",
            $"07:11\n27.01.2026\n{Headline}\nПерший абзац тексту про програму.\n",
            Headline,
            "2026-01-27T07:11"
        },
        {
            "sidebar items, then the article between two copies of its date",
            "17:33  01 січня\nУ місті зупинили водія за кермом автобуса вночі\n16:29  01 січня\nНа річці застрягли троє людей у новорічну ніч\n01 січня 2026, 20:39\n" + Headline + "\n01 січня 2026, 20:39\nПерший абзац тексту.\n",
            Headline,
            "2026-01-01T20:39"
        },
        {
            "a byline between the headline and the date",
            $"1. Перейти до змісту\n2. Перейти до головного меню\n{Headline}\nОксана Коваль\n11 червня 2022 р.\nПерший абзац тексту.\nПідпис до фото на вокзалі у Києві\nПідпис до фото на вокзалі у КиєвіФото: агенція\n",
            Headline,
            "2022-06-11"
        },
        {
            "a dated item glued on after the article",
            $"{Headline}\nПерший абзац тексту.\nДругий абзац тексту.\nТретій абзац тексту.\nЧетвертий абзац тексту.\nІнша новина про погоду на вихідних у країні\nсубота, 21 березень 2026, 22:59\n",
            Headline,
            null
        },
        {
            "a tag cloud above the headline",
            $"Іван Петренко Олег Коваль Україна район Києва події Іван Петренко Олег Коваль Україна район Києва\n{Headline}\nПерший абзац тексту.\n",
            Headline,
            null
        },
        {
            "the site's current date beside the currency rates, the article's date further down",
            $"Понеділок, 12 лютого 2024\n$41.20 €44.10\nНовини Політика Спорт\n{Headline}\n10:15 - 09/02/2024\nПерший абзац тексту.\n",
            Headline,
            "2024-02-09T10:15"
        },
        {
            "today's date after a lead-in word",
            $"Сьогодні: 12/02/2024\nГоловна / Новини міста\n{Headline}\nРубрика міста\n10:15 - 09/02/2024\nПерший абзац тексту.\n",
            Headline,
            "2024-02-09T10:15"
        },
        {
            "a rubric above the date, the headline below it",
            $"Вибори у громадах\nПоліція та суди міста\n7 грудня 2023 в 10:15\n{Headline}\nПерший абзац тексту.\n",
            Headline,
            "2023-12-07T10:15"
        },
        {
            "a breadcrumb that ends with the headline",
            $"головна Новини Місто {Headline}\n{Headline}\nПерший абзац тексту.\n",
            Headline,
            null
        },
        {
            "the headline between two copies of the date, the first with the outlet",
            $"Останні новини міста за тиждень\nГазета Київська область  7 грудня 2023 – 10:15\n{Headline}\n7 грудня 2023 – 10:15\nПерший абзац тексту.\n",
            Headline,
            "2023-12-07T10:15"
        },
        {
            "a date split over two lines",
            $"{Headline}\n7 грудня\n2023, 10:15\nПерший абзац тексту.\n",
            Headline,
            "2023-12-07T10:15"
        },
    };

    [Fact]
    public void Parse_RelativeDay_LeavesTheArticleUndatedWithAWarning()
    {
        var seed = SeedParser.Parse("relative.txt", $"{Headline}\nСьогодні, 12:30\nПерший абзац тексту.\n", Zones.Kyiv);

        Assert.Null(seed.Date);
        Assert.Contains(seed.Warnings, w => w.Contains("relative", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_BylineOnTheDateLine_KeepsTheLineInTheBody()
    {
        var seed = SeedParser.Parse("byline.txt", $"{Headline}\nОксана Коваль, 7 грудня 2023, 10:15\nПерший абзац тексту.\n", Zones.Kyiv);

        Assert.NotNull(seed.Date);
        Assert.Contains(seed.Body, p => p.Text.StartsWith("Оксана Коваль", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public void Parse_ScrapedLayout_FindsTheHeadlineAndDate(string layout, string text, string title, string? date)
    {
        var seed = SeedParser.Parse("page.txt", text, Zones.Kyiv);

        Assert.True(seed.Title == title, $"{layout}: {seed.Title}");
        if (date is not null)
        {
            Assert.StartsWith(date, seed.Date?.ToString("yyyy-MM-dd'T'HH:mm", System.Globalization.CultureInfo.InvariantCulture) ?? "none", StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Parse_HeadlineAndSubheadlineOnOneLine_SplitsThem()
    {
        const string line = "Міністр пояснив відмову публічно обговорювати контакти з партнерами щодо угоди Міністр назвав недоцільним публічне обговорення контактів з партнерами";

        var seed = SeedParser.Parse("joined.txt", line + "\nПерший абзац тексту. Другий.\n", Zones.Kyiv);

        Assert.Equal("Міністр пояснив відмову публічно обговорювати контакти з партнерами щодо угоди", seed.Title);
        Assert.Equal("Міністр назвав недоцільним публічне обговорення контактів з партнерами", seed.Subtitle);
    }

    [Fact]
    public void Parse_MenusBeforeTheHeadline_StayInTheBody()
    {
        var seed = SeedParser.Parse("menus.txt", $"Новини Політика Економіка Світ Спорт Культура Наука\n{Headline}\n23 грудня 2025, 15:30\nПерший абзац тексту.\n", Zones.Kyiv);

        Assert.Equal(Headline, seed.Title);
        Assert.Contains(seed.Body, p => p.Text.StartsWith("Новини Політика", StringComparison.Ordinal));
        Assert.Equal("Перший абзац тексту.", seed.Lead?.Text);
    }
}
