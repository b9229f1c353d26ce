using ArchiveSite.Core.Language.Text;

namespace ArchiveSite.Core.Language.Places;

/// <summary>
/// Organisations named in quotes after the word for their kind: "партії «Слуга народу»", "клуб «Юність»",
/// "театр «Современник»", "компанії «Нафтогаз»". The quoted name is the organisation, as written.
/// </summary>
internal static class QuotedNameFinder
{
    private const int MaxWords = 5;

    /// <summary>Kinds of organisation, by stem in lower case; a word counts when it adds at most three letters (a case ending).</summary>
    private static readonly string[] s_kinds =
    [
        "парті", "партия", "партии", "фракці", "фракци", "клуб", "театр", "компані", "компани", "холдинг", "концерн",
        "корпораці", "корпораци", "телеканал", "радіостанці", "радиостанци", "ансамбл", "гурт", "колектив", "коллектив",
        "об'єднанн", "объединени", "товариств", "общество", "обществ", "рух", "движени", "спілк", "союз", "підприємств",
        "предприяти", "завод", "фабрик", "банк", "кооператив", "організаці", "организаци", "асоціаці", "ассоциаци",
        "фонд", "центр", "блок", "альянс", "платформ",
    ];

    public static List<PlaceMatch> Find(List<Token> tokens, bool[] taken)
    {
        var found = new List<PlaceMatch>();
        for (var i = 0; i + 2 < tokens.Count; i++)
        {
            if (!tokens[i].IsWord || (!tokens[i + 1].Is('«') && !tokens[i + 1].Is('"') && !tokens[i + 1].Is('“')) || !IsKind(tokens[i].Value))
            {
                continue;
            }

            var first = i + 2;
            var last = first;
            while (last < tokens.Count && last - first < MaxWords && !IsClosing(tokens[last]) && !tokens[last].NewLineBefore)
            {
                last++;
            }

            if (last >= tokens.Count || !IsClosing(tokens[last]) || last == first || !tokens[first].IsCapitalized || AnyTaken(taken, first, last - 1))
            {
                continue;
            }

            found.Add(new PlaceMatch(first, last - 1, new PlaceEntry(Join(tokens, first, last - 1), PlaceKind.Organization)));
            i = last;
        }

        return found;
    }

    private static bool IsKind(string word)
    {
        var lower = InvariantCase.ToLower(word);
        foreach (var stem in s_kinds)
        {
            if (lower.StartsWith(stem, StringComparison.Ordinal) && lower.Length <= stem.Length + 3)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsClosing(Token token) => token.Is('»') || token.Is('"') || token.Is('”');

    private static bool AnyTaken(bool[] taken, int first, int last)
    {
        for (var k = first; k <= last; k++)
        {
            if (taken[k])
            {
                return true;
            }
        }

        return false;
    }

    private static string Join(List<Token> tokens, int first, int last)
    {
        var name = new System.Text.StringBuilder(tokens[first].Value);
        for (var k = first + 1; k <= last; k++)
        {
            name.Append(tokens[k].SpaceBefore ? " " : string.Empty).Append(tokens[k].Value);
        }

        return name.ToString();
    }
}
