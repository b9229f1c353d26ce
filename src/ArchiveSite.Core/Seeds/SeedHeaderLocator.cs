using System.Text.RegularExpressions;
using ArchiveSite.Core.Language.Text;

namespace ArchiveSite.Core.Seeds;

/// <summary>
/// Finds the headline and the date line of a scraped article. Seeds in the archive's own layout start
/// with the headline, then the sub-headline and the date line; pages scraped whole start with menus,
/// sidebars, bylines and timestamps. In order, the headline is: a headline-like line the page repeats
/// (sites print it in the title bar and above the text); the line between two copies of the date line;
/// the nearest headline-like line before the date line, else right after it; else the first
/// headline-like line. A date line holds a date with a year and little else.
/// </summary>
internal static partial class SeedHeaderLocator
{
    /// <summary>How far into the text the headline and date are looked for.</summary>
    private const int Zone = 30;

    public static SeedHeader Locate(IReadOnlyList<string> lines, TimeZoneInfo zone)
    {
        var zoneEnd = Math.Min(lines.Count, Zone);
        var date = DateLineFinder.Find(lines, zoneEnd, zone);
        var title = FindTitle(lines, zoneEnd, date, zone);

        // A date below the article's first paragraphs belongs to an item printed after it.
        if (date.Index > title + 3 && HasSentenceBetween(lines, title, date.Index))
        {
            date = new DateLineMatch(-1, 0, null);
        }
        return new SeedHeader(title, TitleLength(lines[title]), date.Index, date.Lines, date.Line?.Date)
        {
            DateLineIsText = date.Line?.HasOtherText == true,
            UndatedLine = date.UndatedLine,
        };
    }

    private static int FindTitle(IReadOnlyList<string> lines, int zoneEnd, DateLineMatch date, TimeZoneInfo zone)
    {
        var title = FindTitleLine(lines, zoneEnd, date, zone);
        return Contained(lines, zoneEnd, title);
    }

    private static int FindTitleLine(IReadOnlyList<string> lines, int zoneEnd, DateLineMatch date, TimeZoneInfo zone)
    {
        var (dateIndex, dateLines) = (date.Index, date.Lines);
        int first = -1, repeated = -1;
        for (var i = 0; i < zoneEnd && repeated < 0; i++)
        {
            if (i == dateIndex || !IsHeadlineLike(lines[i], lines))
            {
                continue;
            }

            first = first < 0 ? i : first;
            if (WordCount(lines[i]) >= 5 && IsRepeated(lines, lines[i]))
            {
                repeated = i;
            }
        }

        if (dateIndex < 0)
        {
            return repeated >= 0 ? repeated : Math.Max(first, 0);
        }

        // The article's headline between two copies of its date line.
        var afterDate = dateIndex + dateLines;
        if (afterDate + 1 < lines.Count && IsHeadlineLike(lines[afterDate], lines)
            && (lines[afterDate + 1] == lines[dateIndex] || (date.Line?.Date is { } stated && SeedDateParser.TryParseLine(lines[afterDate + 1], zone) == stated)))
        {
            return afterDate;
        }

        // The archive's own layout: headline, sub-headline, date line.
        if (dateIndex is >= 1 and <= 3 && first == 0)
        {
            return 0;
        }

        // A headline well above the date line, with paragraphs of text between: the date belongs to
        // something printed further down.
        if (first >= 0 && first < dateIndex - 3 && (repeated < 0 || first <= repeated) && HasSentenceBetween(lines, first, dateIndex))
        {
            return first;
        }

        var nearDate = NearDate(lines, dateIndex, afterDate);
        return (repeated, nearDate) switch
        {
            ( >= 0, >= 0) when repeated == dateIndex - 1 || repeated == afterDate => repeated,
            ( >= 0, >= 0) => Math.Min(repeated, nearDate),
            ( >= 0, _) => repeated,
            (_, >= 0) => nearDate,
            _ => Math.Max(first, 0),
        };
    }

    private static bool HasSentenceBetween(IReadOnlyList<string> lines, int from, int to)
    {
        for (var i = from + 1; i < to; i++)
        {
            if (WordCount(lines[i]) >= 3 && lines[i][^1] is '.' or '!' or '?' or '…')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A title bar or breadcrumb prints the headline with the site's name or path around it; when
    /// the bare headline stands on a line of its own too, that line is the headline.</summary>
    private static int Contained(IReadOnlyList<string> lines, int zoneEnd, int title)
    {
        var key = Key(lines[title]);
        for (var i = 0; i < zoneEnd; i++)
        {
            if (i != title && lines[i].Length < lines[title].Length && lines[i].Length * 10 >= lines[title].Length * 6
                && WordCount(lines[i]) >= 4 && key.Contains(Key(lines[i]), StringComparison.Ordinal) && IsHeadlineLike(lines[i], lines))
            {
                return i;
            }
        }

        return title;
    }

    /// <summary>
    /// Scrapers sometimes join the headline and the sub-headline on one line with no stop between them;
    /// the sub-headline then starts again with the headline's first word ("Рябков объяснил … по Украине
    /// Рябков назвал …"). Returns the headline's length: the whole line unless it splits so.
    /// </summary>
    private static int TitleLength(string line)
    {
        var words = Word().Matches(line);
        if (line.Length < 100 || words.Count < 10 || SentenceEnd().IsMatch(line) || words[0].Value.Length < 4 || !char.IsUpper(words[0].Value[0]))
        {
            return line.Length;
        }

        for (var i = 5; i < words.Count - 3; i++)
        {
            var word = words[i];
            if (word.Value == words[0].Value && line[word.Index - 1] == ' ' && char.IsLetter(line[word.Index - 2]))
            {
                return word.Index - 1;
            }
        }

        return line.Length;
    }

    /// <summary>The headline-like line just above the date line (a byline may stand between), else just below;
    /// but a rubric of a few words above gives way to a headline of a sentence's length below.</summary>
    private static int NearDate(IReadOnlyList<string> lines, int dateIndex, int afterDate)
    {
        var above = -1;
        for (var i = dateIndex - 1; i >= Math.Max(0, dateIndex - 3); i--)
        {
            if (IsHeadlineLike(lines[i], lines))
            {
                above = i;
                break;
            }

            if (WordCount(lines[i]) > 3)
            {
                break;
            }
        }

        var below = -1;
        for (var i = afterDate; i < Math.Min(lines.Count, afterDate + 2); i++)
        {
            if (IsHeadlineLike(lines[i], lines))
            {
                below = i;
                break;
            }
        }

        return above >= 0 && below >= 0 && WordCount(lines[above]) <= 4 && WordCount(lines[below]) >= 6 ? below
            : above >= 0 ? above
            : below;
    }

    /// <summary>A line that reads like a headline: a few words to a long sentence, no final full stop, not a
    /// menu of capitalised words, not shouting in capitals, not a caption, byline or address.</summary>
    private static bool IsHeadlineLike(string line, IReadOnlyList<string> lines)
    {
        var words = WordCount(line);
        if (line.Length is < 15 or > 300 || words < 4 || line.EndsWith('.') && !line.EndsWith("...", StringComparison.Ordinal) || line.EndsWith(':'))
        {
            return false;
        }

        if (NotAHeadline().IsMatch(line) || line.Contains("://", StringComparison.Ordinal) || NumericDate().IsMatch(line))
        {
            return false;
        }

        int letters = 0, upper = 0, lowerCaseWords = 0;
        foreach (Match word in Word().Matches(line))
        {
            lowerCaseWords += char.IsLower(word.Value[0]) ? 1 : 0;
            foreach (var c in word.Value)
            {
                letters++;
                upper += char.IsUpper(c) ? 1 : 0;
            }
        }

        // Shouting in capitals, or a menu: a row of capitalised words that no sentence would make.
        if (upper > letters * 0.6 || (words >= 5 && lowerCaseWords * 4 <= words))
        {
            return false;
        }

        return !RepeatsItself(line) && (words >= 5 || !IsRepeated(lines, line));
    }

    /// <summary>Printed twice: the same line again, or as the start of a longer one that goes on with a
    /// caption rather than with the next sentence.</summary>
    private static bool IsRepeated(IReadOnlyList<string> lines, string line)
    {
        var key = Key(line);
        var count = 0;
        foreach (var other in lines)
        {
            if (other.Length < line.Length)
            {
                continue;
            }

            var otherKey = Key(other);
            if (otherKey.StartsWith(key, StringComparison.Ordinal)
                && (otherKey.Length == key.Length || otherKey[key.Length] is not ('.' or '!' or '?' or ',' or ';'))
                && ++count > 1)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Tag clouds and menus print the same run of five words twice.</summary>
    private static bool RepeatsItself(string line)
    {
        var words = Word().Matches(line).Select(m => m.Value).ToArray();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 5 <= words.Length; i++)
        {
            if (!seen.Add(string.Join(' ', words, i, 5)))
            {
                return true;
            }
        }

        return false;
    }

    private static int WordCount(string line) => Word().Count(line);

    private static string Key(string line) => InvariantCase.ToLower(Apostrophe().Replace(line, "'"));

    [GeneratedRegex(@"\p{L}[\p{L}\p{Mn}'’ʼ`-]*")]
    private static partial Regex Word();

    [GeneratedRegex("[’ʼ`′]")]
    private static partial Regex Apostrophe();

    [GeneratedRegex(@"[.!?…]\s")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\d{1,2}[./-]\d{1,2}[./-]\d{4}")]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"^(?:\d+\.\s|[—–-]\s|[•·*►>/|]|Фото|Photo|Автор|Джерело|Источник|Читайте|Дата|Відео|Video|Скриншот|Ілюстрат)", RegexOptions.IgnoreCase)]
    private static partial Regex NotAHeadline();
}

/// <param name="TitleIndex">The line of the headline.</param>
/// <param name="TitleLength">How much of that line is the headline; the rest is the sub-headline.</param>
/// <param name="DateIndex">The first line of the date, or -1.</param>
/// <param name="DateLines">How many lines the date takes (a time and a date may stand on two).</param>
internal readonly record struct SeedHeader(int TitleIndex, int TitleLength, int DateIndex, int DateLines, DateTimeOffset? Date)
{
    /// <summary>The date line also holds other words (a byline, a place), so it stays in the body too.</summary>
    public bool DateLineIsText { get; init; }

    /// <summary>A line that gives a relative day or the site's current date where no publication date was found, or -1.</summary>
    public int UndatedLine { get; init; } = -1;
}
