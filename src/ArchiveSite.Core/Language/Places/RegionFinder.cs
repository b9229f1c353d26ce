using ArchiveSite.Core.Language.Text;

namespace ArchiveSite.Core.Language.Places;

/// <summary>
/// Finds "&lt;adjective&gt; область/район/громада/край/округ" and "&lt;adjective&gt; ОВА/ОДА" in any case and gives
/// the nominative ("Слобідському районі" → "Слобідський район", "Курської області" → "Курська область").
/// </summary>
internal static class RegionFinder
{
    private static readonly Dictionary<string, (string Nominative, bool Feminine, bool Organization)> s_heads = new(StringComparer.Ordinal)
    {
        ["область"] = ("область", true, false),
        ["області"] = ("область", true, false),
        ["областю"] = ("область", true, false),
        ["громада"] = ("громада", true, false),
        ["громади"] = ("громада", true, false),
        ["громаді"] = ("громада", true, false),
        ["громаду"] = ("громада", true, false),
        ["громадою"] = ("громада", true, false),
        ["район"] = ("район", false, false),
        ["району"] = ("район", false, false),
        ["районі"] = ("район", false, false),
        ["районом"] = ("район", false, false),
        ["край"] = ("край", false, false),
        ["краю"] = ("край", false, false),
        ["краї"] = ("край", false, false),
        ["округ"] = ("округ", false, false),
        ["округу"] = ("округ", false, false),
        ["окрузі"] = ("округ", false, false),
        ["ОВА"] = ("ОВА", true, true),
        ["ОДА"] = ("ОДА", true, true),
        ["МВА"] = ("МВА", true, true),
        ["области"] = ("область", true, false),
        ["областью"] = ("область", true, false),
        ["района"] = ("район", false, false),
        ["районе"] = ("район", false, false),
        ["края"] = ("край", false, false),
        ["крае"] = ("край", false, false),
        ["ОГА"] = ("ОГА", true, true),
        ["областях"] = ("область", true, false),
        ["областей"] = ("область", true, false),
        ["областям"] = ("область", true, false),
        ["областями"] = ("область", true, false),
        ["районах"] = ("район", false, false),
        ["районів"] = ("район", false, false),
        ["районам"] = ("район", false, false),
        ["громадах"] = ("громада", true, false),
        ["громад"] = ("громада", true, false),
    };

    // Oblique adjective endings → nominative, longest first; Ukrainian and Russian together.
    private static readonly (string Ending, string Feminine, string Masculine)[] s_endings =
    [
        ("ської", "ська", string.Empty), ("ській", "ська", "ський"), ("ською", "ська", string.Empty), ("ську", "ська", string.Empty),
        ("ського", string.Empty, "ський"), ("ському", string.Empty, "ський"), ("ським", string.Empty, "ський"), ("ськім", string.Empty, "ський"),
        ("цької", "цька", string.Empty), ("цькій", "цька", "цький"), ("цькою", "цька", string.Empty), ("цьку", "цька", string.Empty),
        ("цького", string.Empty, "цький"), ("цькому", string.Empty, "цький"), ("цьким", string.Empty, "цький"),
        ("ської", "ська", string.Empty), ("ська", "ська", string.Empty), ("цька", "цька", string.Empty), ("ський", string.Empty, "ський"), ("цький", string.Empty, "цький"),
        ("ної", "на", string.Empty), ("ній", "на", "ній"), ("ною", "на", string.Empty), ("ну", "на", string.Empty), ("на", "на", string.Empty),
        ("ного", string.Empty, "ний"), ("ному", string.Empty, "ний"), ("ним", string.Empty, "ний"), ("нім", string.Empty, "ний"), ("ний", string.Empty, "ний"),
        ("ої", "а", string.Empty), ("ою", "а", string.Empty), ("ого", string.Empty, "ий"), ("ому", string.Empty, "ий"), ("им", string.Empty, "ий"),
        ("ий", string.Empty, "ий"), ("а", "а", string.Empty),
        ("ской", "ская", "ской"), ("ской", "ская", string.Empty), ("скую", "ская", string.Empty), ("ская", "ская", string.Empty),
        ("ского", string.Empty, "ский"), ("скому", string.Empty, "ский"), ("ским", string.Empty, "ский"), ("ском", string.Empty, "ский"), ("ский", string.Empty, "ский"),
        ("цкой", "цкая", string.Empty), ("цкая", "цкая", string.Empty), ("ной", "ная", string.Empty), ("ная", "ная", string.Empty),
    ];

    /// <summary>A region name at <paramref name="index"/>: the adjective and the head word after it.</summary>
    public static bool TryMatch(List<Token> tokens, int index, out PlaceMatch match)
    {
        match = default;
        if (index + 1 >= tokens.Count)
        {
            return false;
        }

        var adjective = tokens[index];
        var head = tokens[index + 1];

        // "Курській та Бєлгородській областях": the first adjective shares the head after the second.
        if (index + 3 < tokens.Count && tokens[index + 1].IsWord
            && tokens[index + 1].Value is "та" or "і" or "й" or "и" or "або" && tokens[index + 2].IsCapitalized)
        {
            head = tokens[index + 3];
        }
        if (!adjective.IsCapitalized || adjective.IsAllCaps || !head.IsWord || !head.SpaceBefore
            || !s_heads.TryGetValue(head.Value, out var info))
        {
            return false;
        }

        // Region adjectives end in -ськ-/-цьк-/-зьк- or -н- before the case ending (Київська, Індустріальний);
        // "Голова громади" and "Києва область" are no region names.
        if (Persons.NameStopList.IsRole(adjective.Value))
        {
            return false;
        }

        foreach (var (ending, feminine, masculine) in s_endings)
        {
            var nominative = info.Feminine ? feminine : masculine;
            if (nominative.Length == 0 || !adjective.Value.EndsWith(ending, StringComparison.Ordinal)
                || adjective.Value.Length <= ending.Length + 2)
            {
                continue;
            }

            var stem = adjective.Value.AsSpan(0, adjective.Value.Length - ending.Length);
            var full = string.Concat(stem, ending);
            if (!(full.Contains("ськ", StringComparison.Ordinal) || full.Contains("цьк", StringComparison.Ordinal)
                || full.Contains("зьк", StringComparison.Ordinal) || full.Contains("ск", StringComparison.Ordinal)
                || full.Contains("цк", StringComparison.Ordinal) || stem.EndsWith("н") || ending.StartsWith('н')))
            {
                continue;
            }

            var name = string.Concat(adjective.Value.AsSpan(0, adjective.Value.Length - ending.Length), nominative, " ", info.Nominative);
            var entry = new PlaceEntry(name, info.Organization ? PlaceKind.Organization : PlaceKind.Place);
            match = new PlaceMatch(index, index + 1, entry);
            return true;
        }

        return false;
    }
}
