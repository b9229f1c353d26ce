using ArchiveSite.Core.Language.Text;

namespace ArchiveSite.Core.Language.Places;

/// <summary>
/// Finds institutions the gazetteer does not list, by their head noun: "Прикарпатський національний університет",
/// "Музей історії Києва", "Асоціація польських кінематографістів", in any case, given back in the nominative.
/// The phrase is capitalised adjectives (the first capitalised), the head noun, and a short tail of
/// genitive words and place names; without an adjective or a tail a head noun alone is no name. Squares, streets
/// and parks found the same way ("на Софійській площі") are places.
/// </summary>
internal static class InstitutionFinder
{
    private const int MaxAdjectives = 3;
    private const int MaxTail = 4;

    // Head nouns: nominative and gender (m, f, n).
    private static readonly (string Lemma, char Gender, string Language)[] s_heads =
    [
        ("університет", 'm', "uk"), ("інститут", 'm', "uk"), ("музей", 'm', "uk"), ("театр", 'm', "uk"), ("фестиваль", 'm', "uk"),
        ("кінофестиваль", 'm', "uk"), ("центр", 'm', "uk"), ("фонд", 'm', "uk"), ("комітет", 'm', "uk"), ("суд", 'm', "uk"),
        ("банк", 'm', "uk"), ("департамент", 'm', "uk"), ("коледж", 'm', "uk"), ("ліцей", 'm', "uk"), ("союз", 'm', "uk"),
        ("концерн", 'm', "uk"), ("госпіталь", 'm', "uk"), ("академія", 'f', "uk"), ("асоціація", 'f', "uk"), ("спілка", 'f', "uk"),
        ("служба", 'f', "uk"), ("адміністрація", 'f', "uk"), ("лікарня", 'f', "uk"), ("бібліотека", 'f', "uk"),
        ("консерваторія", 'f', "uk"), ("гімназія", 'f', "uk"), ("інспекція", 'f', "uk"), ("прокуратура", 'f', "uk"),
        ("федерація", 'f', "uk"), ("корпорація", 'f', "uk"), ("агентство", 'n', "uk"), ("міністерство", 'n', "uk"),
        ("управління", 'n', "uk"), ("об'єднання", 'n', "uk"), ("товариство", 'n', "uk"),
        ("рада", 'f', "uk"), ("мерія", 'f', "uk"), ("школа", 'f', "uk"), ("дивізія", 'f', "uk"), ("бригада", 'f', "uk"),
        ("полк", 'm', "uk"), ("собор", 'm', "uk"), ("монастир", 'm', "uk"), ("церква", 'f', "uk"), ("посольство", 'n', "uk"),
        ("консульство", 'n', "uk"), ("палата", 'f', "uk"), ("партія", 'f', "uk"),
        ("университет", 'm', "ru"), ("институт", 'm', "ru"), ("музей", 'm', "ru"), ("театр", 'm', "ru"), ("фестиваль", 'm', "ru"),
        ("кинофестиваль", 'm', "ru"), ("центр", 'm', "ru"), ("фонд", 'm', "ru"), ("комитет", 'm', "ru"), ("суд", 'm', "ru"),
        ("банк", 'm', "ru"), ("департамент", 'm', "ru"), ("союз", 'm', "ru"), ("госпиталь", 'm', "ru"), ("академия", 'f', "ru"),
        ("ассоциация", 'f', "ru"), ("служба", 'f', "ru"), ("администрация", 'f', "ru"), ("больница", 'f', "ru"),
        ("библиотека", 'f', "ru"), ("федерация", 'f', "ru"), ("агентство", 'n', "ru"), ("министерство", 'n', "ru"),
        ("управление", 'n', "ru"), ("совет", 'm', "ru"), ("мэрия", 'f', "ru"), ("дума", 'f', "ru"),
        ("собрание", 'n', "ru"), ("палата", 'f', "ru"), ("полк", 'm', "ru"), ("дивизия", 'f', "ru"), ("бригада", 'f', "ru"),
        ("посольство", 'n', "ru"), ("консульство", 'n', "ru"), ("церковь", 'f', "ru"), ("партия", 'f', "ru"),
        ("площа", 'f', "uk"), ("вулиця", 'f', "uk"), ("проспект", 'm', "uk"), ("бульвар", 'm', "uk"), ("парк", 'm', "uk"),
        ("сквер", 'm', "uk"), ("набережна", 'f', "uk"),
        ("площадь", 'f', "ru"), ("улица", 'f', "ru"), ("проспект", 'm', "ru"), ("бульвар", 'm', "ru"), ("парк", 'm', "ru"),
        ("сквер", 'm', "ru"),
    ];

    // Russian adjectives of institutions stressed on the ending, whose nominative is -ой ("областного" →
    // "областной", "городского" → "городской"), by the end of their stem.
    private static readonly HashSet<string> s_russianStressedEnding = new(StringComparer.Ordinal)
    {
        "ластн", "одск", "ружн", "краев", "миров", "морск", "волостн",
    };

    /// <summary>Head nouns of named sites in a town: the phrase is a place, not an organisation.</summary>
    private static readonly HashSet<string> s_sites = new(StringComparer.Ordinal)
    {
        "площа", "вулиця", "проспект", "бульвар", "парк", "сквер", "набережна", "площадь", "улица",
    };

    private static readonly Lazy<Dictionary<string, (string Lemma, char Gender)>[]> s_headForms = new(BuildHeadForms);

    // Adjective endings → nominative by gender (m, f, n); longest first.
    private static readonly (string Ending, string Masculine, string Feminine, string Neuter)[] s_adjectiveEndings =
    [
        ("ього", "ій", string.Empty, "є"), ("ьому", "ій", string.Empty, "є"),
        ("ого", "ий", string.Empty, "е"), ("ому", "ий", string.Empty, "е"), ("ими", string.Empty, string.Empty, string.Empty),
        ("ім", "ий", string.Empty, "е"), ("им", "ий", string.Empty, "е"), ("ий", "ий", string.Empty, string.Empty), ("ій", "ій", "а", string.Empty),
        ("ої", string.Empty, "а", string.Empty), ("ою", string.Empty, "а", string.Empty), ("у", string.Empty, "а", string.Empty),
        ("а", string.Empty, "а", string.Empty), ("е", string.Empty, string.Empty, "е"), ("є", string.Empty, string.Empty, "є"),
        ("ый", "ый", string.Empty, string.Empty), ("ой", "ой", "ая", string.Empty), ("ом", "ый", string.Empty, "ое"), ("ым", "ый", string.Empty, "ое"),
        ("ая", string.Empty, "ая", string.Empty), ("ую", string.Empty, "ая", string.Empty), ("ое", string.Empty, string.Empty, "ое"),
    ];

    /// <param name="taken">Per token: 0 free, 1 a gazetteer name (may end the phrase: "історії Києва"), 2 a person.</param>
    public static bool TryMatch(List<Token> tokens, byte[] taken, int index, string language, out PlaceMatch match)
    {
        match = default;
        var first = tokens[index];
        if (!first.IsCapitalized || first.IsAllCaps || taken[index] != 0)
        {
            return false;
        }

        var headForms = s_headForms.Value[language == LanguageDetector.Russian ? 1 : 0];

        // Adjectives, then the head noun.
        var j = index;
        var adjectives = 0;
        (string Lemma, char Gender) head = default;
        while (j < tokens.Count && adjectives <= MaxAdjectives)
        {
            var token = tokens[j];
            if (!token.IsWord || taken[j] != 0 || (j > index && (!token.SpaceBefore || token.NewLineBefore)))
            {
                return false;
            }

            if (headForms.TryGetValue(InvariantCase.ToLower(token.Value), out head) && (j == index || !token.IsCapitalized || adjectives > 0))
            {
                break;
            }

            if (!LooksAdjective(token.Value) || (j > index && token.IsCapitalized))
            {
                return false;
            }

            adjectives++;
            j++;
        }

        if (j >= tokens.Count || head.Lemma is null || adjectives > MaxAdjectives)
        {
            return false;
        }

        var headIndex = j;

        // The tail: genitive words and place names ("історії Києва", "польських кінематографістів").
        var last = headIndex;
        for (var k = headIndex + 1; k < tokens.Count && k <= headIndex + MaxTail; k++)
        {
            var token = tokens[k];
            if (!token.IsWord || !token.SpaceBefore || token.NewLineBefore)
            {
                break;
            }

            var afterAdjective = k > headIndex + 1 && (tokens[k - 1].Value.EndsWith("ої", StringComparison.Ordinal)
                || tokens[k - 1].Value.EndsWith("их", StringComparison.Ordinal) || tokens[k - 1].Value.EndsWith("ого", StringComparison.Ordinal));
            if (taken[k] == 1 || (taken[k] == 0 && (IsGenitiveLike(token.Value) || (afterAdjective && !token.IsCapitalized && token.Value.Length > 3))))
            {
                last = k;
                if (taken[k] == 1)
                {
                    // The whole place name ends the phrase ("суд Київської області").
                    while (last + 1 < tokens.Count && taken[last + 1] == 1 && tokens[last + 1].SpaceBefore)
                    {
                        last++;
                    }

                    break;
                }

                continue;
            }

            break;
        }

        last = NamedAfter(tokens, taken, last);
        if (adjectives == 0 && last == headIndex)
        {
            return false;
        }

        // At a sentence start the capital proves nothing: "Новий центр відкрили" is no name.
        if (adjectives == 1 && last == headIndex && IsSentenceStart(tokens, index))
        {
            return false;
        }

        // The nominative: adjectives agree with the head; the head back to its lemma; the tail as written.
        var parts = new List<string>(last - index + 1);
        for (var k = index; k < headIndex; k++)
        {
            if (Nominative(tokens[k].Value, head.Gender, language) is not { } adjective)
            {
                return false;
            }

            parts.Add(adjective);
        }

        var headWord = tokens[headIndex].IsCapitalized ? TextNormalizer.Capitalize(head.Lemma) : head.Lemma;
        parts.Add(headWord);
        var name = new System.Text.StringBuilder(string.Join(' ', parts));
        for (var k = headIndex + 1; k <= last; k++)
        {
            name.Append(tokens[k].SpaceBefore ? " " : string.Empty).Append(tokens[k].Value);
        }

        var kind = s_sites.Contains(head.Lemma) ? PlaceKind.Place : PlaceKind.Organization;
        match = new PlaceMatch(index, last, new PlaceEntry(name.ToString(), kind));
        return true;
    }

    /// <summary>"… імені Івана Піддубного", "… им. Н.В. Гоголя": the person the institution is named after
    /// belongs to its name. Returns the new last token, or <paramref name="last"/> when no such tail follows.</summary>
    private static int NamedAfter(List<Token> tokens, byte[] taken, int last)
    {
        var k = last + 1;
        if (k + 1 >= tokens.Count || !tokens[k].IsWord || !tokens[k].SpaceBefore || tokens[k].NewLineBefore)
        {
            return last;
        }

        var word = InvariantCase.ToLower(tokens[k].Value);
        if (word is "імені" or "имени")
        {
            k++;
        }
        else if (word is "ім" or "им" && tokens[k + 1].Value == ".")
        {
            k += 2;
        }
        else
        {
            return last;
        }

        for (var initials = 0; initials < 3 && k + 1 < tokens.Count && tokens[k].IsWord && tokens[k].Value.Length == 1
            && char.IsUpper(tokens[k].Value[0]) && tokens[k + 1].Value == "."; initials++)
        {
            k += 2;
        }

        var end = last;
        for (var words = 0; words < 3 && k < tokens.Count && tokens[k].IsCapitalized && !tokens[k].NewLineBefore; words++)
        {
            end = k++;
        }

        return end;
    }

    private static bool IsSentenceStart(List<Token> tokens, int index)
    {
        if (index == 0 || tokens[index].NewLineBefore)
        {
            return true;
        }

        var previous = tokens[index - 1];
        return previous.Kind == TokenKind.Punctuation && previous.Value[0] is '.' or '!' or '?' or '…' or '—' or '–' or ':' or '«' or '"';
    }

    private static bool LooksAdjective(string word)
    {
        foreach (var (ending, _, _, _) in s_adjectiveEndings)
        {
            if (ending.Length > 1 && word.Length > ending.Length + 2 && word.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return word.Length > 4 && (word.EndsWith("на", StringComparison.Ordinal) || word.EndsWith("ка", StringComparison.Ordinal)
            || word.EndsWith("ну", StringComparison.Ordinal) || word.EndsWith("не", StringComparison.Ordinal));
    }

    private static string? Nominative(string adjective, char gender, string language)
    {
        // Russian hard stems: "областного" → "областный", not the Ukrainian "областний".
        if (language == LanguageDetector.Russian && gender == 'm' && Nominative(adjective, gender, LanguageDetector.Ukrainian) is { Length: > 3 } ukrainian
            && ukrainian.EndsWith("ий", StringComparison.Ordinal))
        {
            var stem = ukrainian[..^2];
            for (var length = 4; length <= Math.Min(stem.Length, 7); length++)
            {
                if (s_russianStressedEnding.Contains(stem[^length..]))
                {
                    return stem + "ой";
                }
            }

            return ukrainian[^3] is 'к' or 'г' or 'х' or 'ж' or 'ш' or 'ч' or 'щ' ? ukrainian : stem + "ый";
        }

        foreach (var (ending, masculine, feminine, neuter) in s_adjectiveEndings)
        {
            var nominative = gender switch
            {
                'm' => masculine,
                'f' => feminine,
                _ => neuter,
            };
            if (nominative.Length > 0 && adjective.EndsWith(ending, StringComparison.Ordinal) && adjective.Length > ending.Length + 2)
            {
                return adjective[..^ending.Length] + nominative;
            }
        }

        return null;
    }

    private static bool IsGenitiveLike(string word)
    {
        return word.Length > 3 && (word.EndsWith("ії", StringComparison.Ordinal) || word.EndsWith("ів", StringComparison.Ordinal)
            || word.EndsWith("их", StringComparison.Ordinal) || word.EndsWith("ого", StringComparison.Ordinal)
            || word.EndsWith("ої", StringComparison.Ordinal) || word.EndsWith("ей", StringComparison.Ordinal)
            || word.EndsWith("ства", StringComparison.Ordinal) || word.EndsWith("ння", StringComparison.Ordinal)
            || word.EndsWith("ии", StringComparison.Ordinal) || word.EndsWith("ых", StringComparison.Ordinal)
            || word.EndsWith("ой", StringComparison.Ordinal) || word.EndsWith("ова", StringComparison.Ordinal));
    }

    private static Dictionary<string, (string Lemma, char Gender)>[] BuildHeadForms()
    {
        var uk = new Dictionary<string, (string Lemma, char Gender)>(StringComparer.Ordinal);
        var ru = new Dictionary<string, (string Lemma, char Gender)>(StringComparer.Ordinal);
        foreach (var (lemma, gender, language) in s_heads)
        {
            var target = language == "ru" ? ru : uk;
            foreach (var form in PlaceDecliner.Forms(lemma, language))
            {
                target.TryAdd(form, (lemma, gender));
            }
        }

        return [uk, ru];
    }
}
