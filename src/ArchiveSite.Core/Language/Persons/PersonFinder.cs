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

    private readonly Dictionary<string, List<(string[] Tokens, string Name)>> _knownNames = new(StringComparer.Ordinal);

    public PersonFinder(GivenNameLexicon givenNames, SurnameNormalizer surnames, Gazetteer gazetteer, IEnumerable<string>? knownNames = null)
    {
        _givenNames = givenNames;
        _surnames = surnames;
        _gazetteer = gazetteer;
        foreach (var name in knownNames ?? [])
        {
            var tokens = Tokenizer.Tokenize(name);
            if (tokens.Count < 2)
            {
                continue;
            }

            var values = tokens.Select(t => t.Value).ToArray();
            if (!_knownNames.TryGetValue(values[0], out var list))
            {
                list = [];
                _knownNames[values[0]] = list;
            }

            list.Add((values, name));
            list.Sort(static (a, b) => b.Tokens.Length.CompareTo(a.Tokens.Length));
        }
    }

    /// <summary>
    /// A name of the authority file written out in full, as listed ("Кім Чен Ин", "Сі Цзіньпін"): names the
    /// rules would cut or miss are found verbatim. The mention carries the name as listed.
    /// </summary>
    private PersonMention? TryKnownName(List<Token> tokens, bool[] blocked, int i)
    {
        if (!_knownNames.TryGetValue(tokens[i].Value, out var names))
        {
            return null;
        }

        foreach (var (values, name) in names)
        {
            if (i + values.Length > tokens.Count)
            {
                continue;
            }

            var ok = true;
            for (var k = 0; k < values.Length && ok; k++)
            {
                ok = !blocked[i + k] && string.Equals(tokens[i + k].Value, values[k], StringComparison.Ordinal)
                    && (k == 0 || !tokens[i + k].NewLineBefore);
            }

            if (ok)
            {
                var space = name.IndexOf(' ', StringComparison.Ordinal);
                return new PersonMention(i, i + values.Length - 1, MentionKind.FullName, name[..space], [name[(space + 1)..]], Gender.Unknown);
            }
        }

        return null;
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
            if (!tokens[i].IsCapitalized || blocked[i])
            {
                i++;
                continue;
            }

            var mention = TryKnownName(tokens, blocked, i)
                ?? TrySurnameFirst(tokens, blocked, i, language)
                ?? TryFullName(tokens, blocked, i, language)
                ?? TryInitials(tokens, blocked, i, language)
                ?? TryInitialsAfter(tokens, blocked, i, language)
                ?? TrySurnameGiven(tokens, blocked, i, language)
                ?? TryUnknownGivenName(tokens, blocked, i, language)
                ?? TryCreditName(tokens, blocked, i);
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
            if (IsNameWord(tokens, blocked, j + 1) && SameSpan(tokens, j + 1))
            {
                j++;
            }
            else if (IsPatronymicOfKnownName(tokens[j].Value))
            {
                // Given name and patronymic without a surname ("Сергій Станіславович"): not a full name.
                return null;
            }
        }
        else if (IsNameWord(tokens, blocked, j) && SameSpan(tokens, j) && IsNameWord(tokens, blocked, j + 1)
            && SameSpan(tokens, j + 1) && Readings(tokens[j].Value, language).Length > 0
            && Readings(tokens[j + 1].Value, language).Length == 0)
        {
            secondGiven = tokens[j].Value;
            j++;
        }

        // A call sign in quotes between the names: Роберт «Мадяр» Бровді.
        if (secondGiven is null && j + 3 < tokens.Count && tokens[j].Kind == TokenKind.Punctuation && tokens[j].Value[0] is '«' or '"' or '“'
            && tokens[j + 1].IsCapitalized && tokens[j + 2].Kind == TokenKind.Punctuation && tokens[j + 2].Value[0] is '»' or '"' or '”'
            && tokens[j + 3].SpaceBefore)
        {
            j += 3;
        }

        var particles = new List<string>();
        while (j < tokens.Count && SameSpan(tokens, j) && !blocked[j] && tokens[j].IsWord
            && Array.IndexOf(s_particles, tokens[j].Value) >= 0)
        {
            particles.Add(tokens[j].Value);
            j++;
        }

        var capitals = particles.Count == 0 && j < tokens.Count && SameSpan(tokens, j) && IsCapitalsSurname(tokens, blocked, j);
        if ((!IsNameWord(tokens, blocked, j) && !capitals) || !SameSpan(tokens, j))
        {
            return null;
        }

        // A surname in capitals after a given name ("Віталій СКОБЕЛЬСЬКИЙ", bylines) is read in title case.
        var surnameToken = capitals ? tokens[j] with { Value = TitleCase(tokens[j].Value) } : tokens[j];
        if (particles.Count == 0 && !IsPossibleSurname(surnameToken.Value, strict: AllWeak(readings)))
        {
            return null;
        }

        var best = readings[0];
        var bestScore = -1;
        List<string>? bestCandidates = null;
        var feminineContext = GenderContext.IsFeminine(tokens, i, j);
        foreach (var reading in readings)
        {
            var candidates = _surnames.Candidates(surnameToken.Value, reading.Gender, reading.Cases, SurnameLanguage(language));
            var score = Agreement(surnameToken.Value, candidates, reading);
            if (score > 0 && _givenNames.IsWeak(reading.Lemma) && !SurnameShape().IsMatch(surnameToken.Value)
                && (_givenNames.IsStrict(reading.Lemma) || StartsSentence(tokens, i) || _gazetteer.IsSingleWordName(tokens[i].Value)))
            {
                score = 0;
            }

            // Equal agreement: a man is named far more often than a woman with the derived name
            // ("Володимира Путіна" is Володимир's genitive, not Володимира), unless the words around
            // speak of a woman ("поетеса Світлана Коробова подарувала").
            var preferred = feminineContext ? Gender.Feminine : Gender.Masculine;
            var better = score > bestScore
                || (score == bestScore && best.Gender != preferred && reading.Gender == preferred);
            if (better)
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
        // An indeclinable given name ("Джо", "Сі") shows no case: an oblique-looking surname ("Байдена",
        // "Цзіньпіном") is then taken as oblique.
        if ((best.Cases & GrammaticalCase.Nominative) != 0 && (best.Cases & Oblique) != 0 && bestCandidates.Count > 1
            && best.Gender == Gender.Masculine
            && (ObliqueLooking().IsMatch(surnameToken.Value) || (language == LanguageDetector.Russian && RussianOblique().IsMatch(surnameToken.Value))))
        {
            bestCandidates = [.. bestCandidates.Skip(1), bestCandidates[0]];
        }

        if (bestScore == 1 && (best.Cases & GrammaticalCase.Nominative) != 0 && best.Gender == Gender.Masculine)
        {
            bestCandidates = _surnames.Candidates(surnameToken.Value, Gender.Masculine, Oblique, SurnameLanguage(language));
        }

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

        var alternatives = new List<string>();
        if (secondGiven is null)
        {
            foreach (var reading in readings)
            {
                if (reading.Gender == best.Gender && !string.Equals(reading.Lemma, best.Lemma, StringComparison.Ordinal)
                    && !alternatives.Contains(reading.Lemma))
                {
                    alternatives.Add(reading.Lemma);
                }
            }
        }

        return new PersonMention(i, j, MentionKind.FullName, given, withParticles, best.Gender) { GivenAlternatives = alternatives };
    }

    /// <summary>A Cyrillic word in capitals, long enough not to be an abbreviation and no gazetteer name.</summary>
    private bool IsCapitalsSurname(List<Token> tokens, bool[] blocked, int index)
    {
        var token = tokens[index];
        return !blocked[index] && token.IsAllCaps && !token.IsLatin && token.Value.Length >= 5 && !token.Value.Contains('-', StringComparison.Ordinal)
            && !_gazetteer.IsSingleWordName(token.Value) && !_gazetteer.IsSingleWordName(TitleCase(token.Value))
            && (index + 1 >= tokens.Count || !tokens[index + 1].IsAllCaps || !SameSpan(tokens, index + 1));
    }

    private static string TitleCase(string word) => word[0] + InvariantCase.ToLower(word[1..]);

    private PersonMention? TryInitials(List<Token> tokens, bool[] blocked, int i, string language)
    {
        // "В. Зеленський", "В.О. Зеленський", "Зеленський В. О." (the last is taken as the surname alone).
        if (tokens[i].Value.Length != 1 || i + 2 >= tokens.Count)
        {
            return null;
        }

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
        if (!IsPossibleSurname(surface) || Readings(surface, language).Length > 0)
        {
            return null;
        }

        var gender = GuessGender(surface, language);
        var candidates = _surnames.Candidates(surface, gender, GrammaticalCase.Nominative | Oblique, SurnameLanguage(language));

        // A form no nominative has ("Сковороди", "Гулака-Артемовського") is taken in its oblique case.
        if (candidates.Count > 1 && InitialsOblique().IsMatch(surface))
        {
            candidates = [.. candidates.Skip(1), candidates[0]];
        }

        return new PersonMention(i, j, MentionKind.Initials, null, candidates, gender) { Initial = tokens[i].Value + "." };
    }

    private const GrammaticalCase Oblique = GrammaticalCase.Genitive | GrammaticalCase.Dative | GrammaticalCase.Accusative
        | GrammaticalCase.Instrumental | GrammaticalCase.Locative;

    /// <summary>The readings of a word as a given name in the text's language (other languages as fallback).</summary>
    /// <summary>
    /// False for words that cannot be a surname: gazetteer names, adjectives made from places
    /// (Київська, Миколаївського) and plural family names (Ткаченки, Морозових).
    /// </summary>
    public bool IsPossibleSurname(string word, bool strict = true)
    {
        if (_gazetteer.IsSingleWordName(word) || PluralFamily().IsMatch(word))
        {
            return false;
        }

        if (!strict)
        {
            return true;
        }

        var match = AdjectiveEnding().IsMatch(word) ? PlaceAdjective().Match(word) : System.Text.RegularExpressions.Match.Empty;
        if (match.Success)
        {
            var stem = match.Groups[1].Value;
            if (_gazetteer.IsSingleWordName(stem) || _gazetteer.IsSingleWordName(stem + "а")
                || _gazetteer.IsSingleWordName(stem + "і") || _gazetteer.IsSingleWordName(stem + "е"))
            {
                return false;
            }
        }

        return true;
    }

    private bool AllWeak(GivenNameForm[] readings)
    {
        foreach (var reading in readings)
        {
            if (!_givenNames.IsWeak(reading.Lemma))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "Ляскорунський Богдан", "Ященко Дмитро (Чернігів)": lists of results and teams write the surname first. Taken
    /// when the first word is shaped like a surname and no given name, the second is a given name in the
    /// nominative, and no other capitalised word follows.
    /// </summary>
    private PersonMention? TrySurnameGiven(List<Token> tokens, bool[] blocked, int i, string language)
    {
        if (i + 1 >= tokens.Count || !IsNameWord(tokens, blocked, i) || !IsNameWord(tokens, blocked, i + 1) || !SameSpan(tokens, i + 1)
            || !StrongSurnameShape().IsMatch(tokens[i].Value) || ObliqueLooking().IsMatch(tokens[i].Value)
            || Readings(tokens[i].Value, language).Length > 0 || !IsPossibleSurname(tokens[i].Value)
            || (i + 2 < tokens.Count && tokens[i + 2].IsWord && tokens[i + 2].IsCapitalized && SameSpan(tokens, i + 2))
            || (i > 0 && tokens[i - 1].IsCapitalized && SameSpan(tokens, i)))
        {
            return null;
        }

        foreach (var reading in Readings(tokens[i + 1].Value, language))
        {
            if ((reading.Cases & GrammaticalCase.Nominative) != 0 && !_givenNames.IsWeak(reading.Lemma)
                && string.Equals(reading.Lemma, tokens[i + 1].Value, StringComparison.Ordinal)
                && (reading.Gender == Gender.Feminine) == FeminineShape().IsMatch(tokens[i].Value))
            {
                return new PersonMention(i, i + 1, MentionKind.FullName, reading.Lemma, [tokens[i].Value], reading.Gender);
            }
        }

        return null;
    }

    /// <summary>
    /// "Філіпчук Дмитро Васильович", "Яшутіну Ігорю Васильовичу": surname, given name, patronymic (official lists).
    /// </summary>
    private PersonMention? TrySurnameFirst(List<Token> tokens, bool[] blocked, int i, string language)
    {
        if (i + 2 >= tokens.Count || !tokens[i + 2].IsCapitalized || !tokens[i + 1].IsCapitalized
            || !IsNameWord(tokens, blocked, i) || !IsNameWord(tokens, blocked, i + 1) || !IsNameWord(tokens, blocked, i + 2)
            || !SameSpan(tokens, i + 1) || !SameSpan(tokens, i + 2) || !IsPatronymic(tokens[i + 2].Value)
            || Readings(tokens[i].Value, language).Length > 0 || !IsPossibleSurname(tokens[i].Value))
        {
            return null;
        }

        var readings = Readings(tokens[i + 1].Value, language);
        if (readings.Length == 0)
        {
            return null;
        }

        var surname = tokens[i].Value;
        var best = readings[0];
        var bestScore = -1;
        List<string>? bestCandidates = null;
        // The patronymic tells the gender: "Степанівна", "Ивановна" are a woman's.
        var patronymicGender = FemininePatronymic().IsMatch(tokens[i + 2].Value) ? Gender.Feminine : Gender.Masculine;
        foreach (var reading in readings)
        {
            var candidates = _surnames.Candidates(surname, reading.Gender, reading.Cases, SurnameLanguage(language));
            var score = reading.Gender == patronymicGender ? Agreement(surname, candidates, reading) : 0;
            if (score > bestScore || (score == bestScore && best.Gender == Gender.Feminine && reading.Gender == Gender.Masculine))
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

        return new PersonMention(i, i + 2, MentionKind.FullName, best.Lemma, bestCandidates, best.Gender);
    }

    /// <summary>"Кузнєцов А. С.", "Януковича В. Ф.": a surname followed by initials.</summary>
    private PersonMention? TryInitialsAfter(List<Token> tokens, bool[] blocked, int i, string language)
    {
        if (i + 4 >= tokens.Count || tokens[i + 1].Value.Length != 1 || !tokens[i + 2].Is('.') || tokens[i].IsLatin
            || !IsNameWord(tokens, blocked, i) || Readings(tokens[i].Value, language).Length > 0 || !IsPossibleSurname(tokens[i].Value))
        {
            return null;
        }

        var j = i + 1;
        var initials = 0;
        while (j + 1 < tokens.Count && initials < 2 && tokens[j].IsWord && tokens[j].Value.Length == 1
            && char.IsUpper(tokens[j].Value[0]) && tokens[j + 1].Is('.') && (initials > 0 || tokens[j].SpaceBefore))
        {
            initials++;
            j += 2;
        }

        // One initial alone is too weak ("Шевченко Т." at a sentence end is rare, "Україна В." never a name).
        if (initials < 2)
        {
            return null;
        }

        var surface = tokens[i].Value;
        var gender = GuessGender(surface, language);
        var candidates = _surnames.Candidates(surface, gender, GrammaticalCase.Nominative | Oblique, SurnameLanguage(language));
        return new PersonMention(i, j - 1, MentionKind.Initials, null, candidates, gender);
    }

    public GivenNameForm[] Readings(string word, string language) => _givenNames.Readings(word, SurnameLanguage(language));

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

            // "Володимир Путіна": a man's nominative given name with a possessive surname in -а is a slip
            // in the text; the surname is still his, in another case (handled by the caller).
            if (reading.Gender == Gender.Masculine && PossessiveOblique().IsMatch(surname))
            {
                return 1;
            }

            return 2;
        }

        // A woman's surname in the nominative ("Савицька", "Зимняя") is no case of a man's.
        if (reading.Gender == Gender.Masculine && FeminineNominative().IsMatch(surname))
        {
            return 0;
        }

        var changed = candidates.Count > 0 && !string.Equals(candidates[0], surname, StringComparison.Ordinal);
        if (changed)
        {
            return 2;
        }

        // No ending to undo: right for women's consonant and -о surnames and for foreign vowel endings.
        var last = InvariantCase.ToLower(surname[^1]);
        if (reading.Gender == Gender.Feminine)
        {
            return 1;
        }

        // Indeclinable: foreign vowel endings, and -их/-ых, -аго, -ово (Юровських, Черных, Дурново).
        return last is 'о' or 'е' or 'і' or 'у' or 'ю' or 'и' or 'ы' or 'э' or 'я' or 'а'
            || surname.EndsWith("их", StringComparison.Ordinal) || surname.EndsWith("ых", StringComparison.Ordinal)
            || surname.EndsWith("аго", StringComparison.Ordinal) ? 1 : 0;
    }

    private static Gender GuessGender(string surname, string language)
    {
        return FeminineShape().IsMatch(surname) ? Gender.Feminine : Gender.Masculine;
    }

    private static bool IsSentenceStart(List<Token> tokens, int index)
    {
        if (index == 0 || tokens[index].NewLineBefore)
        {
            return true;
        }

        var previous = tokens[index - 1];
        return previous.Kind == TokenKind.Punctuation && previous.Value[0] is '.' or '!' or '?' or '…' or '—' or '–' or '-' or '"' or '«' or ':';
    }

    /// <summary>After a full stop, a question or exclamation mark or a line break; a capital after a colon or a
    /// dash inside a sentence ("у списку – Марк …") is no sentence start.</summary>
    private static bool StartsSentence(List<Token> tokens, int index) =>
        index == 0 || tokens[index].NewLineBefore
        || (tokens[index - 1].Kind == TokenKind.Punctuation && tokens[index - 1].Value[0] is '.' or '!' or '?' or '…');

    private static bool SameSpan(List<Token> tokens, int index) => tokens[index].SpaceBefore && !tokens[index].NewLineBefore;

    public static bool IsPatronymic(string word) => Patronymic().IsMatch(word);

    /// <summary>True for words shaped like a surname in any case (-енко, -ський, -ук, -ов, -дзе, -ян ...).</summary>
    public static bool LooksLikeSurname(string word) => word.Length > 3 && word[0] > 'z' && StrongSurnameShape().IsMatch(word);

    /// <summary>True when the word is a patronymic made from a known given name (Станіславович, Олексіївна).</summary>
    public bool IsPatronymicOfKnownName(string word)
    {
        var match = Patronymic().Match(word);
        if (!match.Success)
        {
            return false;
        }

        var stem = word[..match.Index];
        return _givenNames.IsLemma(stem) || _givenNames.IsLemma(stem + "о") || _givenNames.IsLemma(stem + "й")
            || _givenNames.IsLemma(stem + "ь") || _givenNames.IsLemma(stem + "а") || _givenNames.IsLemma(stem + "ий");
    }

    [GeneratedRegex(@"(?:(?:ович|евич|йович|ьович)(?:а|у|ем|ом|еві|ові|і|е)?|(?:івн|ївн|овн|евн|ичн|інічн)(?:а|и|і|у|ою|ой|ы|е))$", RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex Patronymic();

    [GeneratedRegex(@"^(\p{Lu}\p{Ll}+?)(?:ськ|цьк|зьк|ск|цк)(?:ий|а|ого|ому|им|ім|ої|ій|у|ою|е|ая|ой|ую|ом)$", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceAdjective();

    [GeneratedRegex(@"(?:ськ|цьк|зьк|ск|цк)(?:ий|а|ого|ому|им|ім|ої|ій|у|ою|е|ая|ой|ую|ом)$", RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex AdjectiveEnding();

    [GeneratedRegex(@"(?:енки|енків|енкам|енками|енках|ови|овими|еви|єви|іни|ины|ские)$", RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex PluralFamily();

    [GeneratedRegex(@"(?:енк[оауі]|енком|енкові|ськ(?:ий|ого|ому|им|ім|а|ої|ій|у|ою)|цьк(?:ий|ого|ому|им|ім|а|ої|ій|у|ою)|[чщ]?[уюя]к(?:а|у|ом|ові)?|дзе|швілі|ян(?:а|у|ом|ові)?|ович(?:а|у|ем|еві)?|ишин(?:а|у|им)?|(?:ов|ев|єв|ін|їн)(?:а|у|им|ові|і)?|ський|ская|ский|ской|ого|ук)$", RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex StrongSurnameShape();

    [GeneratedRegex(@"(?:ий|ій|ого|ому|им|ої|ою|ії|ські|цькі|ні|ська|цька|ова|ові|ів|ами|ах|ям|ях)$", RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex AdjectiveOrPlural();

    [GeneratedRegex(@"(?:[бвгґджзклмнпрстфхцчшщ](?:а|у|ом|ові|ем|еві)|ого|ому|ським|цьким|ими)$", RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex ObliqueLooking();

    /// <summary>Russian case endings of -а nouns and of adjectives after a consonant ("Кроллой", "Кулебе", "Кроллы").</summary>
    [GeneratedRegex(@"[бвгджзклмнпрстфхцчшщ](?:ой|ою|е|ы|ым)$", RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex RussianOblique();

    [GeneratedRegex(@"(?:ов|ев|єв|ін|їн|ин)а$", RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex PossessiveOblique();

    [GeneratedRegex(@"(?:ого|ому|ім|ським|цьким|ом|ем|ові|еві|ым|ым)$", RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex MasculineOblique();

    [GeneratedRegex(@"(?:ської|цької|ською|цькою|овою|евою|іною|ової|евої|іної|ской|цкой|овой|евой|иной)$", RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex FeminineOblique();

    [GeneratedRegex(@"(?:енк|ськ|цьк|зьк|чук|щук|юк|ук|ов|ев|єв|ин|ін|їн|ич|як|ак|ик|ян|ер|ман|ль|дзе|швілі|ко|ий|ій)(?:а|у|ом|ові|ові|ої|ою|ій|им|ого|ому|ім|я|ю|ем|еві|і|е|ь|ий)?$", RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex SurnameShape();

    [GeneratedRegex(@"(?:[^і]и|ого|ому|ою|ими|ським|цьким|ові|еві|ым|ой|енка|енку|енком)$", RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex InitialsOblique();

    [GeneratedRegex(@"\p{Ll}{3,}(?:ої|ого|их|ой|ого|ых|ей|ьої|ього)$", RegexOptions.CultureInvariant)]
    private static partial Regex GenitiveAdjective();

    [GeneratedRegex(@"(?:івн|ївн|овн|евн|ичн)\p{Ll}{1,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex FemininePatronymic();

    [GeneratedRegex(@"(?:ська|цька|зька|ская|цкая|зкая|ая|яя)$", RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex FeminineNominative();

    [GeneratedRegex(@"(?:ська|цька|зька|ова|ева|єва|іна|їна|ина|ская|цкая)$", RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex FeminineShape();
}
