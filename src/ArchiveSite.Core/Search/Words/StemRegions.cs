namespace ArchiveSite.Core.Search.Words;

/// <summary>What both stemmers share: which words they leave alone, and where a word's endings may start.</summary>
internal static class StemRegions
{
    /// <summary>Words of one or two letters and words with digits ("G7", "2025") are kept as they are.</summary>
    public static bool CanStem(string word)
    {
        if (word.Length <= 2)
        {
            return false;
        }

        foreach (var c in word)
        {
            if (char.IsDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The position just after the first vowel at or after <paramref name="from"/>, or the word's length.</summary>
    public static int AfterVowel(ReadOnlySpan<char> word, int from, string vowels)
    {
        for (var i = from; i < word.Length; i++)
        {
            if (vowels.Contains(word[i], StringComparison.Ordinal))
            {
                return i + 1;
            }
        }

        return word.Length;
    }

    /// <summary>The position just after the first non-vowel at or after <paramref name="from"/>, or the word's length.</summary>
    public static int AfterNonVowel(ReadOnlySpan<char> word, int from, string vowels)
    {
        for (var i = from; i < word.Length; i++)
        {
            if (!vowels.Contains(word[i], StringComparison.Ordinal))
            {
                return i + 1;
            }
        }

        return word.Length;
    }

    /// <summary>
    /// Removes a final -ов/-ев/-єв that leaves at least three letters, so that a surname in -ов shares its key with
    /// its other cases: the endings leave "лавров" of "Лавровым" but take -ов off the nominative "Лавров".
    /// </summary>
    public static int WithoutPossessiveSuffix(ReadOnlySpan<char> word, int end, int regionStart)
    {
        if (end - 2 >= Math.Max(regionStart, 3) && word[end - 1] == 'в' && word[end - 2] is 'о' or 'е' or 'є')
        {
            return end - 2;
        }

        return end;
    }

    /// <summary>
    /// Drops the fleeting о or е before a final к or ц that leaves at least three letters after a consonant, so
    /// that forms with and without it share a key: "кубок" and "кубка", "гравець" and "гравця", "отец" and "отца".
    /// </summary>
    public static string WithoutFleetingVowel(string stem, string vowels)
    {
        var n = stem.Length;
        if (n >= 4 && stem[n - 1] is 'к' or 'ц' && stem[n - 2] is 'о' or 'е' && char.IsLetter(stem[n - 3]) && !vowels.Contains(stem[n - 3], StringComparison.Ordinal))
        {
            return string.Concat(stem.AsSpan(0, n - 2), stem.AsSpan(n - 1));
        }

        return stem;
    }
}
