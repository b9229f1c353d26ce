namespace ArchiveSite.Core.Language.Places;

/// <summary>
/// Makes the oblique case forms of a place or organisation name from its nominative, by ending
/// (Росія → Росії, Росію, Росією; Москва → Москви, Москві; Київ → Києва, Києві). Words in upper case,
/// Latin words and words ending in other vowels are left as they are.
/// </summary>
internal static class PlaceDecliner
{
    private const string UkVowels = "аеєиіїоуюя";

    /// <summary>All forms of a (possibly multi-word) name, the nominative included.</summary>
    public static HashSet<string> Forms(string name, string language)
    {
        var words = name.Split(' ');
        var result = new HashSet<string>(StringComparer.Ordinal) { name };
        var head = HeadIndex(words);
        if (head < 0)
        {
            return result;
        }

        for (var kase = 0; kase < CaseCount; kase++)
        {
            var variants = new List<string> { string.Empty };
            for (var w = 0; w < words.Length; w++)
            {
                IReadOnlyList<string> wordForms = w > head
                    ? [words[w]]
                    : w < head ? AdjectiveForms(words[w], kase, language) : NounForms(words[w], kase, language);
                var next = new List<string>(variants.Count * wordForms.Count);
                foreach (var prefix in variants)
                {
                    foreach (var form in wordForms)
                    {
                        next.Add(prefix.Length == 0 ? form : prefix + " " + form);
                    }
                }

                variants = next;
            }

            foreach (var variant in variants)
            {
                result.Add(variant);
            }
        }

        return result;
    }

    // Genitive, dative, accusative, instrumental, locative.
    private const int CaseCount = 5;

    /// <summary>The first word that is not an adjective; -1 when nothing declines.</summary>
    private static int HeadIndex(string[] words)
    {
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            if (word.Length < 2 || !IsCyrillic(word) || IsUpper(word))
            {
                return i == 0 ? -1 : i - 1;
            }

            if (i < words.Length - 1 && IsAdjective(word))
            {
                continue;
            }

            return i;
        }

        return -1;
    }

    private static bool IsAdjective(string word)
    {
        return word.EndsWith("ий", StringComparison.Ordinal) || word.EndsWith("ій", StringComparison.Ordinal)
            || word.EndsWith("ый", StringComparison.Ordinal) || word.EndsWith("ой", StringComparison.Ordinal)
            || word.EndsWith("ська", StringComparison.Ordinal) || word.EndsWith("цька", StringComparison.Ordinal)
            || word.EndsWith("на", StringComparison.Ordinal) || word.EndsWith("ка", StringComparison.Ordinal)
            || word.EndsWith("ва", StringComparison.Ordinal) || word.EndsWith("ла", StringComparison.Ordinal)
            || word.EndsWith("ая", StringComparison.Ordinal) || word.EndsWith("яя", StringComparison.Ordinal)
            || word.EndsWith("ні", StringComparison.Ordinal)
            || word.EndsWith("ькі", StringComparison.Ordinal) || word.EndsWith("ые", StringComparison.Ordinal)
            || word.EndsWith("кие", StringComparison.Ordinal)
            || word.EndsWith("ське", StringComparison.Ordinal) || word.EndsWith("ское", StringComparison.Ordinal);
    }

    private static IReadOnlyList<string> AdjectiveForms(string word, int kase, string language)
    {
        var uk = language != "ru";
        if (word.EndsWith("ий", StringComparison.Ordinal) || word.EndsWith("ый", StringComparison.Ordinal)
            || word.EndsWith("ой", StringComparison.Ordinal))
        {
            var stem = word[..^2];
            return kase switch
            {
                0 => [stem + "ого"],
                1 => [stem + "ому"],
                2 => [word],
                3 => [stem + (uk ? "им" : "ым"), stem + "им"],
                _ => [stem + (uk ? "ому" : "ом"), stem + "ім"],
            };
        }

        if (word.EndsWith("ій", StringComparison.Ordinal))
        {
            var stem = word[..^2];
            return kase switch
            {
                0 => [stem + "ього"],
                1 => [stem + "ьому"],
                2 => [word],
                3 => [stem + "ім"],
                _ => [stem + "ьому", stem + "ім"],
            };
        }

        if (word.EndsWith("не", StringComparison.Ordinal) || word.EndsWith("ське", StringComparison.Ordinal)
            || word.EndsWith("ное", StringComparison.Ordinal) || word.EndsWith("ское", StringComparison.Ordinal))
        {
            var stem = word.EndsWith("ое", StringComparison.Ordinal) ? word[..^2] : word[..^1];
            return kase switch
            {
                0 => [stem + "ого"],
                1 or 4 => [stem + (uk ? "ому" : "ому"), stem + (uk ? "ім" : "ом")],
                2 => [word],
                _ => [stem + (uk ? "им" : "ым")],
            };
        }

        // Plural: Коморські Острови → Коморських Островів, Объединённые → Объединённых.
        if ((uk && (word.EndsWith("ні", StringComparison.Ordinal) || word.EndsWith("ькі", StringComparison.Ordinal)))
            || (!uk && (word.EndsWith("ые", StringComparison.Ordinal) || word.EndsWith("ие", StringComparison.Ordinal))))
        {
            var stem = word[..^(uk ? 1 : 2)];
            var vowel = uk ? "и" : word[^2..^1];
            return kase switch
            {
                0 or 4 => [stem + vowel + "х"],
                1 => [stem + vowel + "м"],
                2 => [word],
                _ => [stem + vowel + "ми"],
            };
        }

        if (word.EndsWith('а') || word.EndsWith("ая", StringComparison.Ordinal))
        {
            var stem = word.EndsWith("ая", StringComparison.Ordinal) ? word[..^2] : word[..^1];
            return (kase, uk) switch
            {
                (0, true) => [stem + "ої"],
                (1 or 4, true) => [stem + "ій"],
                (2, true) => [stem + "у"],
                (3, true) => [stem + "ою"],
                (2, false) => [stem + "ую"],
                _ => [stem + "ой"],
            };
        }

        return [word];
    }

    private static IReadOnlyList<string> NounForms(string word, int kase, string language)
    {
        var uk = language != "ru";
        var last = word[^1];
        if (word.EndsWith("ія", StringComparison.Ordinal) || word.EndsWith("ия", StringComparison.Ordinal))
        {
            var stem = word[..^1];
            return (kase, uk) switch
            {
                (0 or 1 or 4, true) => [stem + "ї"],
                (2, _) => [stem + "ю"],
                (3, true) => [stem + "єю"],
                (3, false) => [stem + "ей"],
                _ => [stem + "и"],
            };
        }

        if (last == 'я')
        {
            var stem = word[..^1];
            var neuter = stem.Length >= 2 && stem[^1] == stem[^2];
            if (neuter || word.EndsWith("ье", StringComparison.Ordinal))
            {
                return kase switch
                {
                    0 or 2 => [word],
                    1 => [stem + "ю"],
                    3 => [stem + "ям"],
                    _ => [stem + (uk ? "і" : "е")],
                };
            }

            return kase switch
            {
                0 => [stem + (uk ? "і" : "и")],
                1 or 4 => [stem + (uk ? "і" : "е")],
                2 => [stem + "ю"],
                _ => [stem + (uk ? "ею" : "ей")],
            };
        }

        if (last == 'а')
        {
            var stem = word[..^1];
            var velarOrHissing = stem[^1] is 'к' or 'г' or 'х' or 'ж' or 'ш' or 'ч' or 'щ';
            var genitive = uk ? (stem[^1] is 'ж' or 'ш' or 'ч' or 'щ' ? "і" : "и") : (velarOrHissing ? "и" : "ы");
            return kase switch
            {
                0 => [stem + genitive],
                1 or 4 => uk ? [Palatalize(stem) + "і", stem + "і"] : [stem + "е"],
                2 => [stem + "у"],
                _ => [stem + (uk ? "ою" : "ой"), stem + (uk ? "ею" : "ей")],
            };
        }

        if (last == 'ь')
        {
            var stem = word[..^1];
            return kase switch
            {
                0 => [stem + "я", stem + (uk ? "і" : "и")],
                1 => [stem + "ю", stem + (uk ? "і" : "и")],
                2 => [word],
                3 => [stem + (uk ? "ем" : "ем"), stem + "ю"],
                _ => [stem + (uk ? "і" : "е")],
            };
        }

        if (last is 'й')
        {
            var stem = word[..^1];
            return kase switch
            {
                0 => [stem + "ю", stem + "я"],
                1 => [stem + "ю", stem + (uk ? "єві" : "ю")],
                2 => [word],
                3 => [stem + (uk ? "єм" : "ем")],
                _ => [stem + (uk ? "ї" : "е")],
            };
        }

        // Neuter -тво (Міністерство, Агентство, Посольство): -а, -у, -ом, -і/-е.
        if (word.EndsWith("тво", StringComparison.Ordinal))
        {
            var stem = word[..^1];
            return kase switch
            {
                0 => [stem + "а"],
                1 => [stem + "у"],
                2 => [word],
                3 => [stem + "ом"],
                _ => [stem + (uk ? "і" : "е")],
            };
        }

        if (IsCyrillic(word) && !IsUpper(word) && PluralForms(word, kase, uk) is { } plural)
        {
            return plural;
        }

        if ((uk ? UkVowels : "аеёиоуыэюя").Contains(last) || !IsCyrillic(word) || IsUpper(word))
        {
            return [word];
        }

        var obliqueStem = word;
        if (uk && word.EndsWith("їв", StringComparison.Ordinal))
        {
            obliqueStem = word[..^2] + "єв";
        }
        else if (uk && word.EndsWith("ів", StringComparison.Ordinal))
        {
            obliqueStem = word[..^2] + "ов";
        }

        var forms = HardForms(obliqueStem, word, kase, uk);

        // A vowel that drops before an ending: Єгипет → Єгипту, Ярок → Ярку.
        if (word.Length >= 5 && (word.EndsWith("ет", StringComparison.Ordinal) || word.EndsWith("ок", StringComparison.Ordinal))
            && !UkVowels.Contains(word[^3]))
        {
            return [.. forms, .. HardForms(word[..^2] + word[^1], word, kase, uk)];
        }

        return forms;
    }

    private static string[] HardForms(string obliqueStem, string word, int kase, bool uk) => kase switch
    {
        0 => [obliqueStem + "а", obliqueStem + "у"],
        1 => [obliqueStem + "у", obliqueStem + (uk ? "ові" : "у")],
        2 => [word],
        3 => [obliqueStem + (obliqueStem[^1] is 'ж' or 'ш' or 'ч' or 'щ' or 'ц' ? "ем" : "ом")],
        _ => uk ? [obliqueStem + "і", obliqueStem + "у"] : [obliqueStem + "е"],
    };

    /// <summary>
    /// Towns named in the plural (Прилуки → Прилук, Прилукам, Прилуками, Прилуках; Чернівці → Чернівців;
    /// Черкассы → Черкасс): a hard consonant and -и/-ы, or -ці; null for other words.
    /// </summary>
    private static string[]? PluralForms(string word, int kase, bool uk)
    {
        var soft = uk && word.EndsWith("ці", StringComparison.Ordinal);
        var hard = uk
            ? word[^1] == 'и' && HardConsonant(word[^2])
            : (word[^1] == 'ы' && HardConsonant(word[^2])) || (word[^1] == 'и' && word[^2] is 'к' or 'г' or 'х');
        if (word.Length < 4 || !(soft || hard))
        {
            return null;
        }

        var stem = word[..^1];
        return (kase, soft) switch
        {
            (0, true) => [stem + "ів"],
            (0, false) => [stem, stem + (uk ? "ів" : "ов")],
            (1, true) => [stem + "ям"],
            (1, false) => [stem + "ам"],
            (2, _) => [word],
            (3, true) => [stem + "ями"],
            (3, false) => [stem + "ами"],
            (_, true) => [stem + "ях"],
            _ => [stem + "ах"],
        };
    }

    private static bool HardConsonant(char c) => c is 'к' or 'г' or 'х' or 'с' or 'т' or 'н' or 'р' or 'д' or 'б' or 'п' or 'м' or 'в' or 'л' or 'з';

    private static string Palatalize(string stem)
    {
        return stem[^1] switch
        {
            'к' => stem[..^1] + "ц",
            'г' => stem[..^1] + "з",
            'х' => stem[..^1] + "с",
            _ => stem,
        };
    }

    private static bool IsCyrillic(string word) => word[0] is >= '\u0400' and <= '\u04FF';

    private static bool IsUpper(string word)
    {
        foreach (var c in word)
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }
}
