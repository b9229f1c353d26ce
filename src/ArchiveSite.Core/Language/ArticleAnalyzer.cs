using ArchiveSite.Core.Language.Persons;
using ArchiveSite.Core.Language.Places;
using ArchiveSite.Core.Language.Text;
using ArchiveSite.Core.Language.Topics;

namespace ArchiveSite.Core.Language;

/// <summary>Runs the per-article steps: tokens, gazetteer names, quoted titles, persons, topic words.</summary>
internal sealed class ArticleAnalyzer
{
    private const int MaxQuotedTitleWords = 5;

    private readonly Gazetteer _gazetteer;
    private readonly PersonFinder _finder;
    private readonly SurnameMatcher _matcher;
    private readonly TopicVocabulary _topics;
    private readonly Func<string, bool> _isExcluded;
    private readonly Func<string, bool> _weakGivenName = GivenNameLexicon.Default.IsWeak;

    public ArticleAnalyzer(
        Gazetteer gazetteer,
        PersonFinder finder,
        SurnameMatcher matcher,
        TopicVocabulary topics,
        Func<string, bool> isExcluded)
    {
        _gazetteer = gazetteer;
        _finder = finder;
        _matcher = matcher;
        _topics = topics;
        _isExcluded = isExcluded;
    }

    public ArticleAnalysis Analyze(ArticleText text, string language)
    {
        var tokens = Tokenizer.Tokenize(text.Text);
        var blocked = new bool[tokens.Count];
        var places = FindPlaces(tokens, blocked, language);
        BlockNamesAfters_addressWords(tokens, blocked);

        // Quoted titles: a short one ("Коментарі", «Тарас Бульба») is no person at all; a longer one
        // may hold a full name («Фонд Ріната Ахметова»), but never a surname alone.
        var quoted = (bool[])blocked.Clone();
        foreach (var (first, last) in FindQuotedTitles(tokens))
        {
            var words = 0;
            for (var k = first; k <= last; k++)
            {
                quoted[k] = true;
                words += tokens[k].IsWord ? 1 : 0;
            }

            if (words <= 2)
            {
                Array.Fill(blocked, true, first, last - first + 1);
            }
        }

        var named = _finder.FindNamed(tokens, blocked, language);
        var persons = new List<PersonCluster>();
        var taken = new bool[tokens.Count];
        foreach (var mention in named)
        {
            for (var k = mention.First; k <= mention.Last; k++)
            {
                taken[k] = true;
            }

            AddNamed(persons, mention, language);
        }

        // A word after "повідомляє" that names a person of the article, or looks like a name, is no outlet.
        bool IsPersonWord(string word) => _finder.Readings(word, language).Length > 0
            || FindBySurname(persons, word, language) is not null || PersonFinder.LooksLikeSurname(word);
        AddAttributedOutlets(text.Text, tokens, places, blocked, named, IsPersonWord);
        AddInstitutions(tokens, places, blocked, named, language);
        AddLatinNames(tokens, places, blocked, named);
        for (var k = 0; k < blocked.Length; k++)
        {
            quoted[k] |= blocked[k];
        }

        blocked = quoted;

        var loneCandidates = new List<int>();
        for (var k = 0; k < tokens.Count; k++)
        {
            if (taken[k] || !_finder.IsNameWord(tokens, blocked, k) || (k > 0 && tokens[k - 1].Is('.') && !tokens[k].SpaceBefore))
            {
                continue;
            }

            var cluster = FindBySurname(persons, tokens[k].Value, language);
            if (cluster is not null)
            {
                cluster.Mentions.Add(new PersonMention(k, k, MentionKind.Surname, null, [cluster.Surname], cluster.Gender));
                cluster.FirstToken = Math.Min(cluster.FirstToken, k);
                taken[k] = true;
            }
            else if (!IsCoordinated(tokens, k) && FindByGivenName(persons, tokens[k].Value, language) is { } sameGiven)
            {
                // A given name alone ("Наталія сказала") or with the patronymic ("Віктор Андрійович") when exactly
                // one person of the article has that given name.
                var last = k + 1 < tokens.Count && tokens[k + 1].SpaceBefore && _finder.IsPatronymicOfKnownName(tokens[k + 1].Value) ? k + 1 : k;
                sameGiven.Mentions.Add(new PersonMention(k, last, MentionKind.GivenName, null, [sameGiven.Surname], sameGiven.Gender));
                Array.Fill(taken, true, k, last - k + 1);
                k = last;
            }
            else if (_finder.Readings(tokens[k].Value, language) is { Length: > 0 } readings)
            {
                AddLoneGivenName(persons, tokens, k, readings);
            }
            else
            {
                loneCandidates.Add(k);
            }
        }

        persons.RemoveAll(p => _isExcluded(p.Name));
        persons.Sort(static (a, b) => a.FirstToken.CompareTo(b.FirstToken));

        var topicCounts = new int[_topics.Topics.Count];
        var centralTopicCounts = new int[_topics.Topics.Count];
        foreach (var token in tokens)
        {
            if (token.IsWord && token.Value.Length > 2)
            {
                var section = text.SectionAt(token.Start);
                if (section != ArticleSection.CrossReference)
                {
                    _topics.Count(token.Value, section is ArticleSection.Body ? topicCounts : centralTopicCounts);
                }
            }
        }

        for (var t = 0; t < topicCounts.Length; t++)
        {
            topicCounts[t] += centralTopicCounts[t];
        }

        return new ArticleAnalysis
        {
            Text = text,
            Language = language,
            Tokens = tokens,
            Places = places,
            Persons = persons,
            LoneSurnameCandidates = loneCandidates,
            Blocked = blocked,
            TopicCounts = topicCounts,
            CentralTopicCounts = centralTopicCounts,
        };
    }

    private List<PlaceMatch> FindPlaces(List<Token> tokens, bool[] blocked, string language)
    {
        var places = new List<PlaceMatch>();
        var i = 0;
        while (i < tokens.Count)
        {
            if (tokens[i].IsWord && (RegionFinder.TryMatch(tokens, i, out var match)
                || _gazetteer.TryMatch(tokens, i, language, out match)
                || (i + 1 < tokens.Count && !RegionFinder.TryMatch(tokens, i + 1, out _) && !_gazetteer.TryMatch(tokens, i + 1, language, out _)
                    && SettlementFinder.TryMatch(tokens, blocked, i, word => _finder.Readings(word, language).Length > 0, out match)))
                && !IsPersonOrAdjectiveRatherThanPlace(tokens, match, language))
            {
                places.Add(match);
                for (var k = match.First; k <= match.Last; k++)
                {
                    blocked[k] = true;
                }

                i = match.Last + 1;
            }
            else
            {
                i++;
            }
        }

        return places;
    }

    /// <summary>Institutions found by their head noun, where no gazetteer name or person is.</summary>
    private static void AddInstitutions(List<Token> tokens, List<PlaceMatch> places, bool[] blocked, List<PersonMention> named, string language)
    {
        var taken = new byte[tokens.Count];
        foreach (var place in places)
        {
            Array.Fill(taken, (byte)1, place.First, place.Last - place.First + 1);
        }

        foreach (var mention in named)
        {
            Array.Fill(taken, (byte)2, mention.First, mention.Last - mention.First + 1);
        }

        var found = new List<PlaceMatch>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].IsCapitalized && taken[i] == 0 && InstitutionFinder.TryMatch(tokens, taken, i, language, out var match))
            {
                found.Add(match);
                i = match.Last;
            }
        }

        if (found.Count == 0)
        {
            return;
        }

        // An institution swallows the gazetteer names in its tail ("Музей історії Києва" is not Київ).
        places.RemoveAll(p => found.Exists(f => p.First >= f.First && p.Last <= f.Last));
        foreach (var match in found)
        {
            places.Add(match);
            Array.Fill(blocked, true, match.First, match.Last - match.First + 1);
        }

        places.Sort(static (a, b) => a.First.CompareTo(b.First));
    }

    /// <summary>Names the gazetteer lacks that are neither a gazetteer name nor a person: Latin-script names inside
    /// Cyrillic text, quoted names after an organisation's kind, and abbreviations.</summary>
    private void AddLatinNames(List<Token> tokens, List<PlaceMatch> places, bool[] blocked, List<PersonMention> named)
    {
        var taken = new bool[tokens.Count];
        foreach (var place in places)
        {
            Array.Fill(taken, true, place.First, place.Last - place.First + 1);
        }

        foreach (var mention in named)
        {
            Array.Fill(taken, true, mention.First, mention.Last - mention.First + 1);
        }

        var found = LatinNameFinder.Find(tokens, taken, word => _finder.Readings(word, LanguageDetector.Ukrainian).Length > 0);
        foreach (var match in found)
        {
            Array.Fill(taken, true, match.First, match.Last - match.First + 1);
        }

        found.AddRange(QuotedNameFinder.Find(tokens, taken));
        foreach (var match in found)
        {
            Array.Fill(taken, true, match.First, match.Last - match.First + 1);
        }

        found.AddRange(AcronymFinder.Find(tokens, taken));
        foreach (var match in found)
        {
            places.Add(match);
            Array.Fill(blocked, true, match.First, match.Last - match.First + 1);
        }

        places.Sort(static (a, b) => a.First.CompareTo(b.First));
    }

    /// <summary>Outlets named as a source that are neither a gazetteer name nor a person.</summary>
    private static void AddAttributedOutlets(
        string text,
        List<Token> tokens,
        List<PlaceMatch> places,
        bool[] blocked,
        List<PersonMention> named,
        Func<string, bool> isPersonWord)
    {
        var taken = new bool[tokens.Count];
        foreach (var place in places)
        {
            Array.Fill(taken, true, place.First, place.Last - place.First + 1);
        }

        foreach (var mention in named)
        {
            Array.Fill(taken, true, mention.First, mention.Last - mention.First + 1);
        }

        foreach (var match in AttributionFinder.Find(text, tokens, taken))
        {
            if (match.First == match.Last && isPersonWord(tokens[match.First].Value))
            {
                continue;
            }

            places.Add(match);
            Array.Fill(blocked, true, match.First, match.Last - match.First + 1);
        }

        places.Sort(static (a, b) => a.First.CompareTo(b.First));
    }

    /// <summary>
    /// A one-word place that is better read otherwise: a given name before a surname ("Софія Ротару",
    /// "Володимир Зеленський"), or an adjective before its noun ("Курська операція" is no form of Курськ).
    /// </summary>
    private bool IsPersonOrAdjectiveRatherThanPlace(List<Token> tokens, PlaceMatch match, string language)
    {
        if (match.First != match.Last || match.Entry.Kind != PlaceKind.Place)
        {
            return false;
        }

        var token = tokens[match.First];
        var next = match.Last + 1 < tokens.Count ? tokens[match.Last + 1] : default;
        var nextIsWord = next.Kind == TokenKind.Word && next.SpaceBefore && !next.NewLineBefore;
        if (nextIsWord && next.IsCapitalized && !next.IsAllCaps && _finder.Readings(token.Value, language).Length > 0
            && _finder.IsPossibleSurname(next.Value))
        {
            return true;
        }

        var value = token.Value;
        var adjectiveShape = value.EndsWith("ська", StringComparison.Ordinal) || value.EndsWith("цька", StringComparison.Ordinal)
            || value.EndsWith("зька", StringComparison.Ordinal) || value.EndsWith("ская", StringComparison.Ordinal);
        return adjectiveShape && nextIsWord && !string.Equals(value, match.Entry.Canonical, StringComparison.Ordinal)
            && (next.IsAllCaps || (!next.IsCapitalized && (next.Value.EndsWith('а') || next.Value.EndsWith('я'))));
    }

    /// <summary>
    /// Blocks the name after a street, square or dedication word: "вулиця Івана Франка", "ім. Т. Шевченка",
    /// "станція метро Героїв Дніпра" name places, not the persons.
    /// </summary>
    private static void BlockNamesAfters_addressWords(List<Token> tokens, bool[] blocked)
    {
        for (var i = 0; i < tokens.Count - 1; i++)
        {
            if (!tokens[i].IsWord || !s_addressWords.Contains(InvariantCase.ToLower(tokens[i].Value)))
            {
                continue;
            }

            var j = i + 1;
            if (tokens[j].Is('.'))
            {
                j++;
            }

            var words = 0;
            while (j < tokens.Count && words < 3)
            {
                var token = tokens[j];
                if (token.IsWord && token.Value.Length == 1 && char.IsUpper(token.Value[0]) && j + 1 < tokens.Count && tokens[j + 1].Is('.'))
                {
                    blocked[j] = true;
                    j += 2;
                    continue;
                }

                if (!token.IsCapitalized)
                {
                    break;
                }

                blocked[j] = true;
                words++;
                j++;
            }
        }
    }

    private static readonly HashSet<string> s_addressWords = new(StringComparer.Ordinal)
    {
        "вул", "вулиця", "вулиці", "вулицю", "вулицею", "просп", "проспект", "проспекту", "проспекті", "проспектом",
        "пл", "площа", "площі", "площу", "площею", "пров", "провулок", "провулку", "провулком", "бульв", "бульвар",
        "бульвару", "бульварі", "узвіз", "узвозу", "узвозі", "набережна", "набережній", "набережної", "ім", "імені",
        "ул", "улица", "улицы", "улице", "улицу", "проспекта", "переулок", "переулке", "им", "имени", "станція",
        "станції", "метро",
    };

    /// <summary>Short capitalised spans in quotes: titles of outlets, parties, works ("Коментарі").</summary>
    private static List<(int First, int Last)> FindQuotedTitles(List<Token> tokens)
    {
        var spans = new List<(int First, int Last)>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!IsOpeningQuote(tokens, i))
            {
                continue;
            }

            var words = 0;
            var j = i + 1;
            while (j < tokens.Count && !IsClosingQuote(tokens, j) && words <= MaxQuotedTitleWords && !tokens[j].NewLineBefore)
            {
                if (tokens[j].IsWord)
                {
                    words++;
                }

                j++;
            }

            if (j < tokens.Count && IsClosingQuote(tokens, j) && words <= MaxQuotedTitleWords && words > 0
                && i + 1 < tokens.Count && tokens[i + 1].IsCapitalized)
            {
                spans.Add((i + 1, j - 1));
                i = j;
            }
        }

        return spans;
    }

    private static bool IsOpeningQuote(List<Token> tokens, int i)
    {
        var t = tokens[i];
        if (t.Kind != TokenKind.Punctuation)
        {
            return false;
        }

        return t.Value[0] switch
        {
            '«' or '„' or '“' => true,
            '"' => i + 1 < tokens.Count && !tokens[i + 1].SpaceBefore,
            _ => false,
        };
    }

    private static bool IsClosingQuote(List<Token> tokens, int i)
    {
        var t = tokens[i];
        return t.Kind == TokenKind.Punctuation && t.Value[0] is '»' or '"' or '”' or '“';
    }

    private void AddNamed(List<PersonCluster> persons, PersonMention mention, string language)
    {
        var name = mention.FullName;
        foreach (var person in persons)
        {
            var sameName = name is not null
                ? string.Equals(person.Name, name, StringComparison.Ordinal)
                : _matcher.IsFormOf(mention.Surname, person.Surname, person.Gender, language)
                    || string.Equals(mention.Surname, person.Surname, StringComparison.Ordinal);
            if (sameName)
            {
                person.Mentions.Add(mention);
                return;
            }

            // "В. Набока" first, "Василь Набока" later: one person, now with the full name.
            if (name is not null && person.Initial is { } initial && !person.HasFullName
                && string.Equals(person.Surname, mention.Surname, StringComparison.Ordinal)
                && mention.GivenName!.StartsWith(initial[0]))
            {
                person.Name = name;
                person.Mentions.Add(mention);
                return;
            }
        }

        // The same surname with another given name in one article is another person (Віталій and Володимир Кличко).
        var cluster = new PersonCluster(name ?? mention.Surname, mention.Surname, mention.Gender, mention.First)
        {
            GivenName = mention.GivenName,
            Initial = mention.Initial,
        };
        cluster.Mentions.Add(mention);
        persons.Add(cluster);
    }

    /// <summary>
    /// A given name alone that no full name of the article explains ("Наталія розповіла"): a mention without a
    /// page. Names that are also common words or places are left out.
    /// </summary>
    private void AddLoneGivenName(List<PersonCluster> persons, List<Token> tokens, int k, GivenNameForm[] readings)
    {
        var reading = readings[0];
        if (_weakGivenName(reading.Lemma) || IsCoordinated(tokens, k)
            || (k + 1 < tokens.Count && tokens[k + 1].IsCapitalized && tokens[k + 1].SpaceBefore))
        {
            return;
        }

        PersonCluster? cluster = null;
        foreach (var person in persons)
        {
            if (!person.HasFullName && person.GivenName is null && string.Equals(person.Name, reading.Lemma, StringComparison.Ordinal))
            {
                cluster = person;
            }
        }

        if (cluster is null)
        {
            cluster = new PersonCluster(reading.Lemma, reading.Lemma, reading.Gender, k);
            persons.Add(cluster);
        }

        cluster.Mentions.Add(new PersonMention(k, k, MentionKind.GivenName, null, [reading.Lemma], reading.Gender));
    }

    /// <summary>"Сергій та Олександр Буряки": given names joined by a conjunction name a family, not one person.</summary>
    private static bool IsCoordinated(List<Token> tokens, int k)
    {
        return k + 2 < tokens.Count && tokens[k + 1].IsWord && tokens[k + 1].Value is "та" or "і" or "й" or "и" or "and"
            && tokens[k + 2].IsCapitalized;
    }

    private PersonCluster? FindByGivenName(List<PersonCluster> persons, string word, string language)
    {
        var readings = _finder.Readings(word, language);
        if (readings.Length == 0)
        {
            return null;
        }

        PersonCluster? found = null;
        foreach (var person in persons)
        {
            var given = person.GivenName;
            if (given is null)
            {
                continue;
            }

            foreach (var reading in readings)
            {
                if (string.Equals(reading.Lemma, given, StringComparison.Ordinal) && reading.Gender == person.Gender)
                {
                    if (found is not null && found != person)
                    {
                        return null;
                    }

                    found = person;
                }
            }
        }

        return found;
    }

    private PersonCluster? FindBySurname(List<PersonCluster> persons, string word, string language)
    {
        PersonCluster? found = null;
        foreach (var person in persons)
        {
            if (_matcher.IsFormOf(word, person.Surname, person.Gender, language))
            {
                if (found is not null && !string.Equals(found.Name, person.Name, StringComparison.Ordinal))
                {
                    // Two persons share the surname: the nearest earlier full name is taken.
                    return found;
                }

                found ??= person;
            }
        }

        return found;
    }
}
