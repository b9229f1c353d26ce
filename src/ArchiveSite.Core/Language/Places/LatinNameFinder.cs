using ArchiveSite.Core.Language.Text;

namespace ArchiveSite.Core.Language.Places;

/// <summary>
/// Names written in Latin script inside Cyrillic text are organisations, outlets, agencies and platforms
/// ("агентство EFE", "Фото: Reuters", "партія Vox", "журнал The Ring") once persons and gazetteer names are
/// taken. A run of up to four capitalised Latin words counts only where Cyrillic words stand around it, so an
/// English caption or quotation yields nothing; they are reported as outlets, never as topic tags.
/// </summary>
internal static class LatinNameFinder
{
    private const int MaxWords = 4;

    private static readonly HashSet<string> s_connectors = new(StringComparer.Ordinal) { "of", "and", "&", "de", "for", "the" };

    /// <param name="taken">Tokens already read as a person or a place.</param>
    /// <param name="isGivenName">True for a Latin given name: a run that starts with one is a person's name.</param>
    public static List<PlaceMatch> Find(List<Token> tokens, bool[] taken, Func<string, bool> isGivenName)
    {
        var found = new List<PlaceMatch>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (taken[i] || !StartsName(tokens[i]))
            {
                continue;
            }

            var last = i;
            while (last + 1 < tokens.Count && last - i + 1 < MaxWords && !taken[last + 1] && SameSpan(tokens, last + 1)
                && (StartsName(tokens[last + 1]) || (IsConnector(tokens[last + 1]) && last + 2 < tokens.Count && StartsName(tokens[last + 2]) && SameSpan(tokens, last + 2))))
            {
                last++;
            }

            if (!isGivenName(tokens[i].Value) && !RomanNumeral(tokens, i, last) && InSentence(tokens, i) && CyrillicAround(tokens, i, last))
            {
                found.Add(new PlaceMatch(i, last, new PlaceEntry(Join(tokens, i, last), PlaceKind.Media)));
            }

            i = last;
        }

        return found;
    }

    private static bool StartsName(Token token) =>
        token.IsLatin && char.IsUpper(token.Value[0]) && (token.Value.Length > 1);

    /// <summary>A Roman numeral ("VII скликання") or a two-letter abbreviation ("IT"), which name nothing alone.</summary>
    private static bool RomanNumeral(List<Token> tokens, int first, int last)
    {
        if (first != last)
        {
            return false;
        }

        var value = tokens[first].Value;
        return value.Length <= 2 && value.All(char.IsUpper) || value.All(c => c is 'I' or 'V' or 'X' or 'L' or 'C' or 'M' or 'І');
    }

    /// <summary>Within a sentence (after a lower-case word) or after a credit's colon, slash, bracket or quote;
    /// not in a menu of capitalised words.</summary>
    private static bool InSentence(List<Token> tokens, int index)
    {
        if (index == 0 || tokens[index].NewLineBefore)
        {
            return false;
        }

        var previous = tokens[index - 1];
        return previous.IsWord ? char.IsLower(previous.Value[0]) : previous.Value[0] is ':' or '/' or '(' or '«' or '"' or '“' or ',';
    }

    private static bool IsConnector(Token token) => token.IsLatin && s_connectors.Contains(token.Value);

    private static bool SameSpan(List<Token> tokens, int index) => tokens[index].SpaceBefore && !tokens[index].NewLineBefore;

    /// <summary>The nearest words before and after the run, on its line, are not Latin.</summary>
    private static bool CyrillicAround(List<Token> tokens, int first, int last)
    {
        var cyrillic = false;
        for (var k = first - 1; k >= 0 && !tokens[k + 1].NewLineBefore; k--)
        {
            if (tokens[k].IsWord)
            {
                if (tokens[k].IsLatin)
                {
                    return false;
                }

                cyrillic = true;
                break;
            }
        }

        for (var k = last + 1; k < tokens.Count && !tokens[k].NewLineBefore; k++)
        {
            if (tokens[k].IsWord)
            {
                if (tokens[k].IsLatin)
                {
                    return false;
                }

                cyrillic = true;
                break;
            }
        }

        return cyrillic;
    }

    private static string Join(List<Token> tokens, int first, int last)
    {
        var parts = new List<string>(last - first + 1);
        for (var k = first; k <= last; k++)
        {
            parts.Add(tokens[k].Value);
        }

        return string.Join(' ', parts);
    }
}
