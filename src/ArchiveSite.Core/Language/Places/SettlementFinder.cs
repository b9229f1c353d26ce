using ArchiveSite.Core.Language.Text;

namespace ArchiveSite.Core.Language.Places;

/// <summary>
/// Finds the places the gazetteer lacks by the word that says what they are: "села Дігтярівка", "у селищі
/// Немішаєве", "в городе Пусан", "смт Козелець". The name stands in apposition, nearly always in the
/// nominative, and is kept as written.
/// </summary>
internal static class SettlementFinder
{
    private const int MaxWords = 2;

    private static readonly HashSet<string> s_kinds = new(StringComparer.Ordinal)
    {
        "село", "села", "селі", "селом", "селу", "селище", "селища", "селищі", "селищем", "місто", "міста", "місті", "містом",
        "містечко", "містечка", "містечку", "хутір", "хутора", "хуторі", "смт",
        "город", "города", "городе", "городом", "деревня", "деревни", "деревне", "деревню", "поселок", "поселка", "поселке",
        "посёлок", "посёлка", "посёлке", "станица", "станицы", "станице", "пгт",
    };

    /// <summary>A place named right after the settlement word at <paramref name="index"/>.</summary>
    /// <param name="isPersonWord">True for a given name: "главой города Игорь Терехов" names a person.</param>
    public static bool TryMatch(List<Token> tokens, bool[] blocked, int index, Func<string, bool> isPersonWord, out PlaceMatch match)
    {
        match = default;
        var first = index + 1;
        if (first >= tokens.Count || !tokens[index].IsWord || !s_kinds.Contains(tokens[index].Value) || !IsNameWord(tokens, blocked, first)
            || isPersonWord(tokens[first].Value))
        {
            return false;
        }

        var last = first;
        while (last + 1 < tokens.Count && last - first + 1 < MaxWords && IsNameWord(tokens, blocked, last + 1) && IsPlaceAdjective(tokens[last].Value))
        {
            last++;
        }

        var parts = new List<string>(last - first + 1);
        for (var k = first; k <= last; k++)
        {
            parts.Add(tokens[k].Value);
        }

        match = new PlaceMatch(first, last, new PlaceEntry(string.Join(' ', parts), PlaceKind.Place));
        return true;
    }

    /// <summary>The adjectives two-word place names start with: "Нова Каховка", "Біла Церква", "Великий Бурлук".</summary>
    private static bool IsPlaceAdjective(string word)
    {
        foreach (var stem in s_placeAdjectives)
        {
            if (word.StartsWith(stem, StringComparison.Ordinal) && word.Length <= stem.Length + 3)
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] s_placeAdjectives =
        ["Нов", "Стар", "Велик", "Мал", "Біл", "Бел", "Верхн", "Нижн", "Крив", "Красн", "Золот", "Зелен", "Черн", "Чорн", "Кам'ян", "Святогір", "Вишн"];

    private static bool IsNameWord(List<Token> tokens, bool[] blocked, int index) =>
        index < tokens.Count && !blocked[index] && tokens[index].IsCapitalized && !tokens[index].IsAllCaps && !tokens[index].IsLatin
        && tokens[index].SpaceBefore && !tokens[index].NewLineBefore && tokens[index].Value.Length > 2;
}
