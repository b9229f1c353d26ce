using System.Text.RegularExpressions;
using ArchiveSite.Core.Language.Text;

namespace ArchiveSite.Core.Language.Persons;

/// <summary>Full names whose given name is in no list, found by the words around them.</summary>
internal sealed partial class PersonFinder
{
    /// <summary>
    /// A given name missing from the lexicon: two capitalised words inside a sentence, the second shaped like a
    /// surname (Ставицького, Гветадзе, Мкртчян) right after a role word ("посол Теймураз Гветадзе").
    /// Both words are put in the nominative by the case the surname shows.
    /// </summary>
    private PersonMention? TryUnknownGivenName(List<Token> tokens, bool[] blocked, int i, string language)
    {
        if (i == 0 || i + 1 >= tokens.Count || !tokens[i].IsCapitalized || !tokens[i + 1].IsCapitalized
            || !IsNameWord(tokens, blocked, i) || !IsNameWord(tokens, blocked, i + 1) || !SameSpan(tokens, i + 1)
            || tokens[i].IsLatin || tokens[i + 1].IsLatin || StartsSentence(tokens, i))
        {
            return null;
        }

        // Evidence that the pair names a person: a role word before it, or (inside a sentence, not after an
        // opening quote) an apposition or a speech verb after it, or the second word coming back alone.
        var role = RoleBefore(tokens, blocked, i);
        Gender? shown = null;
        string? recurring = null;
        if (role < 0)
        {
            if ((IsSentenceStart(tokens, i) && tokens[i - 1].Value[0] is not ('—' or '–' or '-' or ':'))
                || (IsNameWord(tokens, blocked, i - 1) && SameSpan(tokens, i)) || AbstractNoun().IsMatch(tokens[i].Value))
            {
                return null;
            }

            shown = NameEvidence.After(tokens, i + 1);
            recurring = shown is null ? RecurringSurname(tokens, blocked, i, language) : null;
            if (shown is null && recurring is null)
            {
                return null;
            }
        }
        else if (IsSentenceStart(tokens, i))
        {
            return null;
        }

        var given = tokens[i].Value;
        var surname = tokens[i + 1].Value;
        if (given.Length < 3 || given.Contains('-', StringComparison.Ordinal) || AdjectiveOrPlural().IsMatch(given)
            || _gazetteer.IsSingleWordName(given) || Readings(given, language).Length > 0 || Readings(surname, language).Length > 0
            || !IsPossibleSurname(surname) || !IsPossibleSurname(given) || IsPatronymic(surname))
        {
            return null;
        }

        // The next word must not continue the name run ("Онур Конструкціон Інтернешнл" is a company).
        if (i + 2 < tokens.Count && tokens[i + 2].IsCapitalized && tokens[i + 2].SpaceBefore && !tokens[i + 2].NewLineBefore)
        {
            return null;
        }

        // After the role word (checked above), the second word must be surname-shaped or at least no
        // adjective or plural: a role word also comes before organisations ("заступник Мінприроди").
        if (!StrongSurnameShape().IsMatch(surname) && AdjectiveOrPlural().IsMatch(surname))
        {
            return null;
        }

        var lang = SurnameLanguage(language);

        // A speech verb after the pair makes it the subject: both words are in the nominative.
        if (shown is { } subject && subject != Gender.Unknown && !IsAppositionAfter(tokens, i + 1))
        {
            return new PersonMention(i, i + 1, MentionKind.FullName, given, [surname], subject);
        }

        foreach (var (kase, gender, givenEnding, givenNominative) in s_givenEndings)
        {
            if (!given.EndsWith(givenEnding, StringComparison.Ordinal) || given.Length - givenEnding.Length < 2)
            {
                continue;
            }

            var candidates = _surnames.Candidates(surname, gender, kase, lang);
            if (candidates.Count > 0 && !string.Equals(candidates[0], surname, StringComparison.Ordinal))
            {
                var nominative = given[..^givenEnding.Length] + givenNominative;
                return new PersonMention(i, i + 1, MentionKind.FullName, nominative, Attested(candidates, recurring), gender);
            }
        }

        // An indeclinable surname shows no case; a role word in the genitive does ("лидера партии Эда Дейви"):
        // a given name in -а after a consonant is then a man's genitive, a woman's being in -ы/-и.
        if (role >= 0 && IndeclinableSurname().IsMatch(surname) && GenitiveRole(tokens[role].Value)
            && ConsonantThenA().IsMatch(given))
        {
            return new PersonMention(i, i + 1, MentionKind.FullName, given[..^1], [surname], Gender.Masculine);
        }

        // An indeclinable given name ("Сантьяго") shows no case either: the surname may still be oblique, and
        // its form used alone elsewhere tells which.
        var guessed = shown is { } fromContext && fromContext != Gender.Unknown ? fromContext : GuessGender(surname, language);
        if (IndeclinableGiven().IsMatch(given) && (recurring ??= RecurringSurname(tokens, blocked, i, language)) is not null)
        {
            var all = _surnames.Candidates(surname, guessed, GrammaticalCase.Nominative | Oblique, lang);
            return new PersonMention(i, i + 1, MentionKind.FullName, given, Attested(all, recurring), guessed);
        }

        // No case ending to undo: both words are taken as written (nominative or indeclinable).
        return new PersonMention(i, i + 1, MentionKind.FullName, given, [surname], guessed);
    }

    private static bool IsAppositionAfter(List<Token> tokens, int last) => last + 1 < tokens.Count && tokens[last + 1].Is(',');

    /// <summary>The candidates with the form the text uses alone put first, when it is one of them.</summary>
    private static List<string> Attested(List<string> candidates, string? recurring)
    {
        if (recurring is null)
        {
            return candidates;
        }

        var index = candidates.IndexOf(recurring);
        if (index <= 0)
        {
            return candidates;
        }

        return [recurring, .. candidates.Where((_, k) => k != index)];
    }

    /// <summary>
    /// The second word of the pair at <paramref name="i"/> used again alone elsewhere in the text, in the same or
    /// another case ("Сантьяго Абаскаля" … "а Абаскаль"); the form found, or null.
    /// </summary>
    private string? RecurringSurname(List<Token> tokens, bool[] blocked, int i, string language)
    {
        var surname = tokens[i + 1].Value;
        if (surname.Length < 4 || !IsPossibleSurname(surname))
        {
            return null;
        }

        var lang = SurnameLanguage(language);
        HashSet<string>? own = null;
        for (var k = 1; k < tokens.Count; k++)
        {
            var word = tokens[k].Value;
            var stem = Math.Min(word.Length, surname.Length) - 2;
            if (k == i + 1 || !tokens[k].IsWord || stem < 3 || Math.Abs(word.Length - surname.Length) > 3
                || !word.AsSpan(0, stem).SequenceEqual(surname.AsSpan(0, stem))
                || !IsNameWord(tokens, blocked, k) || StartsSentence(tokens, k) || tokens[k - 1].IsCapitalized)
            {
                continue;
            }

            own ??= [.. _surnames.Candidates(surname, Gender.Masculine, GrammaticalCase.Nominative | Oblique, lang),
                .. _surnames.Candidates(surname, Gender.Feminine, GrammaticalCase.Nominative | Oblique, lang)];
            if (own.Contains(word) || _surnames.Candidates(word, Gender.Masculine, GrammaticalCase.Nominative | Oblique, lang).Exists(own.Contains))
            {
                return word;
            }
        }

        return null;
    }

    private static bool GenitiveRole(string word) => NameStopList.RoleEnding(word) is "а" or "я" or "ов" or "ев" or "ів" or "їв" or "ей";

    [GeneratedRegex(@"[иіыоеуюэ]$", RegexOptions.CultureInvariant)]
    private static partial Regex IndeclinableSurname();

    /// <summary>Nouns of action, state and office that head organisation names ("Управління", "Місія", "Служба").</summary>
    [GeneratedRegex(@"(?:ння|ття|ство|цтво|ція|сія|ія|ние|тие|ция|сия|ия|ба|ура|ат)$", RegexOptions.CultureInvariant)]
    private static partial Regex AbstractNoun();

    [GeneratedRegex(@"[оеіиуюэы]$", RegexOptions.CultureInvariant)]
    private static partial Regex IndeclinableGiven();

    [GeneratedRegex(@"\p{Ll}*[бвгдзклмнпрстфхцчшщ]а$", RegexOptions.CultureInvariant)]
    private static partial Regex ConsonantThenA();

    /// <summary>
    /// The index of a role word right before the name or a few words back, the words between being its complement
    /// ("міністерка оборони Литви", "речник МЗС Росії"); -1 when there is none.
    /// </summary>
    private static int RoleBefore(List<Token> tokens, bool[] blocked, int i)
    {
        var words = 0;
        for (var k = i - 1; k >= 0 && words < 5; k--)
        {
            var token = tokens[k];
            if (tokens[k + 1].NewLineBefore)
            {
                return -1;
            }

            // The role's complement may name an organisation in quotes: "лидеров «Либеральных демократов»".
            if (!token.IsWord)
            {
                if (token.Value[0] is '«' or '»' or '"' or '“' or '”')
                {
                    continue;
                }

                return -1;
            }

            words++;
            if (NameStopList.IsRole(token.Value))
            {
                return k;
            }

            // Between the role and the name: lower-case words, abbreviations, place names and the adjectives of
            // an organisation's name ("лидера оппозиционной Консервативной партии").
            if (token.IsCapitalized && !token.IsAllCaps && !blocked[k] && !(k + 1 < i && GenitiveAdjective().IsMatch(token.Value)))
            {
                return -1;
            }
        }

        return -1;
    }

    // Oblique endings of given names missing from the lexicon, with the case they show: masculine names
    // ending in a consonant, feminine names in -а/-я.
    private static readonly (GrammaticalCase Case, Gender Gender, string Ending, string Nominative)[] s_givenEndings =
    [
        (GrammaticalCase.Instrumental, Gender.Masculine, "ом", string.Empty),
        (GrammaticalCase.Instrumental, Gender.Masculine, "ем", string.Empty),
        (GrammaticalCase.Dative, Gender.Masculine, "ові", string.Empty),
        (GrammaticalCase.Instrumental, Gender.Feminine, "ою", "а"),
        (GrammaticalCase.Instrumental, Gender.Feminine, "ею", "я"),
        (GrammaticalCase.Genitive, Gender.Masculine, "а", string.Empty),
        (GrammaticalCase.Dative, Gender.Masculine, "у", string.Empty),
        (GrammaticalCase.Genitive, Gender.Feminine, "и", "а"),
        (GrammaticalCase.Genitive, Gender.Feminine, "ї", "я"),
        (GrammaticalCase.Dative, Gender.Feminine, "і", "а"),
        (GrammaticalCase.Accusative, Gender.Feminine, "у", "а"),
    ];
}
