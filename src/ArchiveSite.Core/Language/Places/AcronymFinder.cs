using ArchiveSite.Core.Language.Text;

namespace ArchiveSite.Core.Language.Places;

/// <summary>
/// Cyrillic abbreviations the gazetteer lacks ("ДЮСШ", "РСФСР", "КНУТКіТ") name organisations, bodies and
/// states. An abbreviation counts inside a sentence of ordinary words, not in a line shouted in capitals, and
/// the capitals sites print as labels ("ФОТО", "ВІДЕО") or Roman numerals are none. Reported as
/// organisations that are not topic tags.
/// </summary>
internal static class AcronymFinder
{
    private const int MinLength = 3;
    private const int MaxLength = 8;

    private static readonly HashSet<string> s_labels = new(StringComparer.Ordinal)
    {
        "ФОТО", "ВІДЕО", "ВИДЕО", "НОВИНИ", "НОВОСТИ", "УВАГА", "ВНИМАНИЕ", "ТОП", "РЕКЛАМА", "ОНОВЛЕНО", "ОБНОВЛЕНО",
        "ЧИТАЙТЕ", "ДИВІТЬСЯ", "СМОТРИТЕ", "ТАКОЖ", "ТАКЖЕ", "ЕКСКЛЮЗИВ", "ЭКСКЛЮЗИВ", "ІНФОГРАФІКА", "ОПИТУВАННЯ",

        // Abbreviations of common nouns and legal forms, which name no one body.
        "ЗМІ", "СМИ", "ДТП", "ВВП", "ППО", "ПВО", "ЗОШ", "ОТГ", "ВНЗ", "ЗВО", "ПДВ", "НДС", "ЖКГ", "ЖКХ", "АЕС", "АЭС",
        "ТЕС", "ТЭС", "ТЕЦ", "ТЭЦ", "ГЕС", "ГЭС", "БПЛА", "ЗРК", "РСЗВ", "РСЗО", "ВПО", "ВПЛ", "АТО", "ООС", "СВО", "ДНК",
        "ФОП", "ТОВ", "ПРАТ", "ПАТ", "ООО", "ОАО", "ЗАО", "ПАО", "ПІБ", "ФИО", "КПП", "ЧП", "НП", "МСЕК", "ОСББ", "ЦНАП",
    };

    public static List<PlaceMatch> Find(List<Token> tokens, bool[] taken)
    {
        var found = new List<PlaceMatch>();
        for (var i = 1; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (taken[i] || !token.IsAllCaps || token.IsLatin || token.Value.Length is < MinLength or > MaxLength
                || s_labels.Contains(token.Value) || IsRomanNumeral(token.Value) || !FewVowels(token.Value) || !BetweenOrdinaryWords(tokens, i))
            {
                continue;
            }

            found.Add(new PlaceMatch(i, i, new PlaceEntry(token.Value, PlaceKind.Media)));
        }

        return found;
    }

    /// <summary>Abbreviations are mostly consonants ("ДНР", "СДЮШОР"); a word in capitals ("ВОЛЮ") is not.</summary>
    private static bool FewVowels(string value)
    {
        var vowels = 0;
        foreach (var c in value)
        {
            vowels += "АЕЄИІЇОУЮЯЫЭЁ".Contains(c, StringComparison.Ordinal) ? 1 : 0;
        }

        return vowels * 3 <= value.Length;
    }

    private static bool IsRomanNumeral(string value)
    {
        foreach (var c in value)
        {
            if (c is not ('І' or 'Х' or 'V' or 'I' or 'X' or 'L' or 'С' or 'М'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The nearest words on each side on the same line, if any, are not in capitals, and one of them is lower case.</summary>
    private static bool BetweenOrdinaryWords(List<Token> tokens, int index)
    {
        var lower = false;
        for (var k = index - 1; k >= 0 && !tokens[k + 1].NewLineBefore; k--)
        {
            if (tokens[k].IsWord)
            {
                if (tokens[k].IsAllCaps)
                {
                    return false;
                }

                lower = char.IsLower(tokens[k].Value[0]);
                break;
            }
        }

        for (var k = index + 1; k < tokens.Count && !tokens[k].NewLineBefore; k++)
        {
            if (tokens[k].IsWord)
            {
                if (tokens[k].IsAllCaps)
                {
                    return false;
                }

                lower |= char.IsLower(tokens[k].Value[0]);
                break;
            }
        }

        return lower;
    }
}
