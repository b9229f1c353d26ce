using ArchiveSite.Core.Language.Text;

namespace ArchiveSite.Core.Language.Persons;

/// <summary>Tells whether a word is some case form of a given nominative surname.</summary>
internal sealed class SurnameMatcher
{
    private const GrammaticalCase AllCases = (GrammaticalCase)127;

    private readonly SurnameNormalizer _surnames;

    public SurnameMatcher(SurnameNormalizer surnames)
    {
        _surnames = surnames;
    }

    public bool IsFormOf(string word, string surname, Gender gender, string language)
    {
        // Names with particles ("фон дер Ляєн") are matched on their last word.
        var space = surname.LastIndexOf(' ');
        if (space >= 0)
        {
            surname = surname[(space + 1)..];
        }

        if (word.Length < 2 || word[0] != surname[0])
        {
            return false;
        }

        var common = Math.Min(3, Math.Min(word.Length, surname.Length));
        if (!word.AsSpan(0, common).SequenceEqual(surname.AsSpan(0, common)))
        {
            return false;
        }

        if (string.Equals(word, surname, StringComparison.Ordinal))
        {
            return true;
        }

        var lang = language == LanguageDetector.Russian ? "ru" : "uk";
        foreach (var candidate in _surnames.Candidates(word, gender, AllCases, lang))
        {
            if (string.Equals(candidate, surname, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Lower-case key of a surname for lookups.</summary>
    public static string Key(string surname) => TextNormalizer.Key(surname);
}
