using System.Collections.Immutable;
using System.Text.RegularExpressions;
using ArchiveSite.Core.Language;

namespace ArchiveSite.Core.Seeds;

/// <summary>
/// Splits the plain text of a scraped article into headline, sub-headline, date line, body paragraphs,
/// quotes, image credit and the closing cross-reference. A seed is one paragraph a line; blank lines are
/// layout. The site's echo of the headline above the photo caption is recognised and left out, since the
/// headline is already the title; every other line reaches the body.
/// </summary>
public static partial class SeedParser
{
    /// <summary>How many lines after the headline may hold the sub-headline before the date line.</summary>
    private const int MaxLinesBeforeDate = 3;

    /// <exception cref="SeedFormatException">The seed holds no text.</exception>
    public static SeedDocument Parse(string fileName, string text, TimeZoneInfo zone)
    {
        var lines = ReadLines(text);
        if (lines.Count == 0)
        {
            throw new SeedFormatException(fileName, null, "the seed is empty (no text to import)");
        }

        var header = SeedHeaderLocator.Locate([.. lines.Select(l => l.Text)], zone);
        var titleLine = lines[header.TitleIndex].Text;
        var title = titleLine[..header.TitleLength].TrimEnd();
        var warnings = ImmutableArray.CreateBuilder<string>();
        var badDateIndex = header.DateIndex < 0 ? FindUnreadableDateLine(lines) : -1;
        if (badDateIndex > 0)
        {
            warnings.Add($"{fileName}:{lines[badDateIndex].Number}: '{lines[badDateIndex].Text}' looks like a date line but is no valid date; the article is undated and the line is kept as text");
        }
        else if (header.DateIndex < 0 && header.UndatedLine >= 0)
        {
            warnings.Add($"{fileName}:{lines[header.UndatedLine].Number}: '{lines[header.UndatedLine].Text}' gives a day relative to the reading or the site's current date, not the publication date; the article is undated");
        }
        else if (header.DateIndex < 0)
        {
            warnings.Add($"{fileName}: no date line near the headline; the article is undated");
        }
        else if (header.Date > DateTimeOffset.UtcNow.AddDays(1))
        {
            warnings.Add($"{fileName}:{lines[header.DateIndex].Number}: the date {header.Date:yyyy-MM-dd HH:mm} is in the future");
        }

        // The archive's own layout: headline, sub-headline, date line; the body starts after the date.
        var dateOrBadDate = header.DateIndex >= 0 ? header.DateIndex : badDateIndex;
        string? subtitle = header.TitleLength < titleLine.Length ? titleLine[header.TitleLength..].Trim() : null;
        var consumed = new HashSet<int> { header.TitleIndex };
        if (subtitle is null && header.TitleIndex == 0 && dateOrBadDate >= 2 && dateOrBadDate <= MaxLinesBeforeDate)
        {
            subtitle = lines[1].Text;
            consumed.Add(1);
        }

        for (var i = 0; i < header.DateLines && !header.DateLineIsText; i++)
        {
            consumed.Add(header.DateIndex + i);
        }

        var body = ImmutableArray.CreateBuilder<SeedParagraph>();
        string? imageCredit = null;
        string? source = null;
        var leadFound = false;
        var firstAfterHeader = Math.Max(header.TitleIndex, header.DateIndex + header.DateLines - 1) + 1;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (consumed.Contains(i) || IsHeadlineEcho(lines, i, title, header))
            {
                continue;
            }

            var caption = ImageCaption().Match(line.Text);
            if (caption.Success && imageCredit is null && i > header.TitleIndex)
            {
                imageCredit = caption.Groups["credit"].Value.Trim();
                continue;
            }

            var kind = SeedParagraphKind.Text;
            var crossReference = CrossReference().Match(line.Text);
            if (crossReference.Success)
            {
                kind = SeedParagraphKind.CrossReference;
                source ??= crossReference.Groups["source"].Value.Trim();
            }
            else if (!leadFound && i >= firstAfterHeader && i != badDateIndex)
            {
                kind = SeedParagraphKind.Lead;
                leadFound = true;
            }
            else if (IsQuote(line.Text))
            {
                kind = SeedParagraphKind.Quote;
            }

            body.Add(new SeedParagraph(kind, line.Text, line.Number));
        }

        if (body.Count == 0)
        {
            warnings.Add($"{fileName}: the seed has a headline but no body text");
        }

        var allText = string.Join('\n', lines.Select(l => l.Text));
        return new SeedDocument
        {
            FileName = fileName,
            Title = title,
            Subtitle = subtitle,
            Date = header.Date,
            Language = LanguageDetector.Detect(allText),
            Body = body.ToImmutable(),
            ImageCredit = string.IsNullOrEmpty(imageCredit) ? null : imageCredit,
            Source = string.IsNullOrEmpty(source) ? null : source,
            Warnings = warnings.ToImmutable(),
        };
    }

    /// <summary>The headline printed again: the same line later on, or a second copy of the date line
    /// around it. Both are already in the title and date, so leaving them out loses nothing.</summary>
    private static bool IsHeadlineEcho(List<SeedLine> lines, int index, string title, SeedHeader header) =>
        lines[index].Text == title
        || lines[index].Text == lines[header.TitleIndex].Text
        || (header.DateIndex >= 0 && index > header.DateIndex && index <= header.TitleIndex + 1 && lines[index].Text == lines[header.DateIndex].Text && header.DateLines == 1);

    /// <summary>A line where the date line belongs that has a date's shape but no valid date in it.</summary>
    private static int FindUnreadableDateLine(List<SeedLine> lines)
    {
        var last = Math.Min(lines.Count - 1, MaxLinesBeforeDate);
        for (var i = 1; i <= last; i++)
        {
            if (lines[i].Text.Length <= 40 && DateShape().IsMatch(lines[i].Text))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsQuote(string paragraph) =>
        paragraph.Length > 1 && paragraph[0] is '"' or '«' or '„' or '“' or '\'';

    /// <summary>Non-blank lines, trimmed, with their 1-based line numbers.</summary>
    private static List<SeedLine> ReadLines(string text)
    {
        var lines = new List<SeedLine>();
        var number = 0;
        foreach (var raw in text.Split('\n'))
        {
            number++;
            var trimmed = raw.Trim();
            if (trimmed.Length > 0)
            {
                lines.Add(new SeedLine(trimmed, number));
            }
        }

        return lines;
    }

    private readonly record struct SeedLine(string Text, int Number);

    [GeneratedRegex(@"^(?:\d{1,2}:\d{2},?\s+)?\d{1,3}(?:\s+\p{L}+\.?\s+|\.\d{1,2}\.)\d{4}\b", RegexOptions.CultureInvariant)]
    private static partial Regex DateShape();

    [GeneratedRegex(@"^(?:Фото|Photo)\s*:\s*(?<credit>.*)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ImageCaption();

    [GeneratedRegex(@"^(?:Як|Как)\s+(?:вже\s+|уже\s+|раніше\s+|ранее\s+)?(?:писали|писала|писав|повідомляли|повідомляв|повідомляло|сообщали|сообщал|сообщало|рассказывали|розповідали)\s+(?:в\s+|у\s+|на\s+)?[""«„“](?<source>[^""»“”]{1,80})[""»“”]", RegexOptions.CultureInvariant)]
    private static partial Regex CrossReference();
}
