using System.Text.RegularExpressions;
using ArchiveSite.Core.Language.Places;
using ArchiveSite.Core.Language.Text;

namespace ArchiveSite.Core.Language.Persons;

/// <summary>
/// Finds full-name and initials mentions of persons in a token list: a known given name (any case)
/// followed by a capitalised surname, with an optional patronymic and name particles (фон дер, ван, аль);
/// or initials followed by a surname. The surname is put in the nominative by the given name's case and gender.
/// </summary>
internal sealed partial class PersonFinder
{
    private static readonly string[] s_particles = ["фон", "дер", "ван", "де", "ді", "да", "ла", "ле", "дю", "бін", "ібн", "бен", "аль", "ель", "ібн", "бин", "ибн", "эль"];

    private readonly GivenNameLexicon _givenNames;
    private readonly SurnameNormalizer _surnames;
    private readonly Gazetteer _gazetteer;

    public PersonFinder(GivenNameLexicon givenNames, SurnameNormalizer surnames, Gazetteer gazetteer)
    {
        _givenNames = givenNames;
        _surnames = surnames;
        _gazetteer = gazetteer;
    }

    /// <summary>
    /// Full-name and initials mentions, in text order. <paramref name="blocked"/> marks tokens already taken
    /// (by gazetteer names or quoted titles); mentions never include them.
    /// </summary>
    public List<PersonMention> FindNamed(List<Token> tokens, bool[] blocked, string language)
    {
        var mentions = new List<PersonMention>();
        var i = 0;
        while (i < tokens.Count)
        {
            var mention = TryFullName(tokens, blocked, i, language) ?? TryInitials(tokens, blocked, i, language);
            if (mention is null)
            {
                i++;
                continue;
            }

            mentions.Add(mention);
            i = mention.Last + 1;
        }

        return mentions;
    }

    /// <summary>True when the token can be part of a name: a capitalised word, not blocked, not a stop word.</summary>
    public bool IsNameWord(List<Token> tokens, bool[] blocked, int index)
    {
        if (index >= tokens.Count || blocked[index])
        {
            return false;
        }

        var token = tokens[index];
        return token.IsCapitalized && !token.IsAllCaps && token.Value.Length > 1 && !NameStopList.Contains(token.Value);
    }

    private PersonMention? TryFullName(List<Token> tokens, bool[] blocked, int i, string language)
    {
        if (!IsNameWord(tokens, blocked, i))
        {
            return null;
        }

        var readings = Readings(tokens[i].Value, language);
        if (readings.Length == 0)
        {
            return null;
        }

        // Given name, optional second given name or patronymic, name particles, then the surname.
        var j = i + 1;
        string? secondGiven = null;
        if (IsNameWord(tokens, blocked, j) && SameSpan(tokens, j) && IsPatronymic(tokens[j].Value))
        {
            j++;
        }
        else if (IsNameWord(tokens, blocked, j) && SameSpan(tokens, j) && IsNameWord(tokens, blocked, j + 1)
            && SameSpan(tokens, j + 1) && Readings(tokens[j].Value, language).Length > 0
            && Readings(tokens[j + 1].Value, language).Length == 0)
        {
            secondGiven = tokens[j].Value;
            j++;
        }

        var particles = new List<string>();
        while (j < tokens.Count && SameSpan(tokens, j) && !blocked[j] && tokens[j].IsWord
            && Array.IndexOf(s_particles, tokens[j].Value) >= 0)
        {
            particles.Add(tokens[j].Value);
            j++;
        }

        if (!IsNameWord(tokens, blocked, j) || !SameSpan(tokens, j))
        {
            return null;
        }

        var surnameToken = tokens[j];
        if (_gazetteer.IsSingleWordName(surnameToken.Value) && particles.Count == 0)
        {
            return null;
        }

        var best = readings[0];
        var bestScore = -1;
        List<string>? bestCandidates = null;
        foreach (var reading in readings)
        {
            var candidates = _surnames.Candidates(surnameToken.Value, reading.Gender, reading.Cases, SurnameLanguage(language));
            var score = Agreement(surnameToken.Value, candidates, reading);
            if (score > bestScore)
            {
                best = reading;
                bestScore = score;
                bestCandidates = candidates;
            }
        }

        if (bestScore <= 0 || bestCandidates is null)
        {
            return null;
        }

        // After a particle, the surname does not decline for anyone ("Урсули фон дер Ляєн").
        var surnames = particles.Count > 0 ? [surnameToken.Value] : bestCandidates;
        var prefix = particles.Count > 0 ? string.Join(' ', particles) + " " : string.Empty;
        var given = best.Lemma;
        if (secondGiven is not null)
        {
            var second = Readings(secondGiven, language);
            given += " " + (second.Length > 0 ? second[0].Lemma : secondGiven);
        }

        var withParticles = new List<string>(surnames.Count);
        foreach (var surname in surnames)
        {
            withParticles.Add(prefix + surname);
        }

        return new PersonMention(i, j, MentionKind.FullName, given, withParticles, best.Gender);
    }

    private PersonMention? TryInitials(List<Token> tokens, bool[] blocked, int i, string language)
    {
        // "В. Зеленський", "В.О. Зеленський", "Зеленський В. О." (the last is taken as the surname alone).
        var j = i;
        var initials = 0;
        while (j + 1 < tokens.Count && tokens[j].IsWord && tokens[j].Value.Length == 1 && char.IsUpper(tokens[j].Value[0])
            && tokens[j + 1].Is('.') && !blocked[j])
        {
            initials++;
            j += 2;
            if (initials == 2)
            {
                break;
            }
        }

        if (initials == 0 || !IsNameWord(tokens, blocked, j) || tokens[j].NewLineBefore)
        {
            return null;
        }

        var surface = tokens[j].Value;
        if (_gazetteer.IsSingleWordName(surface) || Readings(surface, language).Length > 0)
        {
            return null;
        }

        var gender = GuessGender(surface, language);
        var candidates = _surnames.Candidates(surface, gender, GrammaticalCase.Nominative | Oblique, SurnameLanguage(language));
        return new PersonMention(i, j, MentionKind.Initials, null, candidates, gender);
    }

    private const GrammaticalCase Oblique = GrammaticalCase.Genitive | GrammaticalCase.Dative | GrammaticalCase.Accusative
        | GrammaticalCase.Instrumental | GrammaticalCase.Locative;

    /// <summary>The readings of a word as a given name in the text's language (other languages as fallback).</summary>
    public GivenNameForm[] Readings(string word, string language)
    {
        var all = _givenNames.Lookup(word);
        if (all.IsEmpty)
        {
            return [];
        }

        var own = new List<GivenNameForm>(all.Length);
        foreach (var form in all)
        {
            if (form.Language == SurnameLanguage(language))
            {
                own.Add(form);
            }
        }

        if (own.Count == 0)
        {
            own.AddRange(all);
        }

        // Nominative readings first: "Олександра" is first a woman's name, then a man's genitive.
        own.Sort(static (a, b) => ((b.Cases & GrammaticalCase.Nominative) != 0).CompareTo((a.Cases & GrammaticalCase.Nominative) != 0));
        return [.. own];
    }

    private static string SurnameLanguage(string language) => language == LanguageDetector.Russian ? "ru" : "uk";

    /// <summary>
    /// How well a surname form agrees with a given-name reading: 2 agrees, 1 possible (indeclinable), 0 contradicts.
    /// </summary>
    private static int Agreement(string surname, List<string> candidates, GivenNameForm reading)
    {
        var nominative = (reading.Cases & GrammaticalCase.Nominative) != 0;
        if (nominative)
        {
            if (reading.Gender == Gender.Feminine && MasculineOblique().IsMatch(surname))
            {
                return 0;
            }

            if (reading.Gender == Gender.Masculine && FeminineOblique().IsMatch(surname))
            {
                return 0;
            }

            return 2;
        }

        var changed = candidates.Count > 0 && !string.Equals(candidates[0], surname, StringComparison.Ordinal);
        if (changed)
        {
            return 2;
        }

        // No ending to undo: right for women's consonant and -о surnames and for foreign vowel endings.
        var last = char.ToLowerInvariant(surname[^1]);
        if (reading.Gender == Gender.Feminine)
        {
            return 1;
        }

        return last is 'о' or 'е' or 'і' or 'у' or 'ю' or 'и' or 'ы' or 'э' or 'я' or 'а' ? 1 : 0;
    }

    private static Gender GuessGender(string surname, string language)
    {
        return FeminineShape().IsMatch(surname) ? Gender.Feminine : Gender.Masculine;
    }

    private static bool SameSpan(List<Token> tokens, int index) => tokens[index].SpaceBefore && !tokens[index].NewLineBefore;

    public static bool IsPatronymic(string word) => Patronymic().IsMatch(word);

    [GeneratedRegex(@"(?:ович|евич|йович|ьович|івна|ївна|овна|евна|ична|інична)(?:а|у|ем|ом|і|ем|ю|ої|ій|ою|ей|ой|е)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Patronymic();

    [GeneratedRegex(@"(?:ого|ому|ім|ським|цьким|ом|ем|ові|еві|ым|ым)$", RegexOptions.CultureInvariant)]
    private static partial Regex MasculineOblique();

    [GeneratedRegex(@"(?:ської|цької|ською|цькою|овою|евою|іною|ової|евої|іної|ской|цкой|овой|евой|иной)$", RegexOptions.CultureInvariant)]
    private static partial Regex FeminineOblique();

    [GeneratedRegex(@"(?:ська|цька|зька|ова|ева|єва|іна|їна|ина|ская|цкая)$", RegexOptions.CultureInvariant)]
    private static partial Regex FeminineShape();
}
