using ArchiveSite.Core.Language.Text;

namespace ArchiveSite.Core.Language.Persons;

/// <summary>
/// Ties mentions without a given name to full names: first within the article, then across the batch
/// and the authority file (a surname alone maps to a full name when exactly one is known for it).
/// Also maps names to the authority's canonical spelling and drops excluded names.
/// </summary>
internal sealed partial class PersonResolver
{
    private const GrammaticalCase AllCases = (GrammaticalCase)127;

    private readonly PersonAuthority _authority;
    private readonly SurnameMatcher _matcher;
    private readonly GivenNameLexicon _givenNames;

    public PersonResolver(PersonAuthority authority, SurnameMatcher matcher, GivenNameLexicon givenNames)
    {
        _authority = authority;
        _matcher = matcher;
        _givenNames = givenNames;
    }

    public void Resolve(IReadOnlyList<ArticleAnalysis> analyses)
    {
        foreach (var analysis in analyses)
        {
            MergeWithinArticle(analysis);
        }

        PreferAttestedSurnames(analyses);
        var index = BuildSurnameIndex(analyses);
        foreach (var analysis in analyses)
        {
            ResolveAcrossArchive(analysis, index);
            Finish(analysis);
        }
    }

    /// <summary>The language a full name is spelt in, judged by its given name.</summary>
    public string NameLanguage(string fullName)
    {
        var space = fullName.IndexOf(' ', StringComparison.Ordinal);
        var given = space > 0 ? fullName[..space] : fullName;
        var uk = false;
        var ru = false;
        foreach (var form in _givenNames.Lookup(given))
        {
            if ((form.Cases & GrammaticalCase.Nominative) == 0)
            {
                continue;
            }

            uk |= form.Language == "uk";
            ru |= form.Language == "ru";
        }

        if (ru && !uk)
        {
            return LanguageDetector.Russian;
        }

        return uk ? LanguageDetector.Ukrainian : LanguageDetector.Detect(fullName);
    }

    private void MergeWithinArticle(ArticleAnalysis analysis)
    {
        var persons = analysis.Persons;
        for (var i = persons.Count - 1; i >= 0; i--)
        {
            var partial = persons[i];
            if (partial.HasFullName)
            {
                continue;
            }

            PersonCluster? target = null;
            foreach (var person in persons)
            {
                if (person.HasFullName && (string.Equals(person.Surname, partial.Surname, StringComparison.Ordinal)
                    || _matcher.IsFormOf(partial.Surname, person.Surname, person.Gender, analysis.Language)))
                {
                    target = person;
                    break;
                }
            }

            if (target is not null)
            {
                target.Mentions.AddRange(partial.Mentions);
                target.FirstToken = Math.Min(target.FirstToken, partial.FirstToken);
                persons.RemoveAt(i);
            }
        }
    }

    /// <summary>
    /// A surname form may come from two nominatives ("Бойкові": Бойко or Бойков). When the preferred one is
    /// seen nowhere else but another is (written in the nominative in the batch, alone as the subject of a verb,
    /// or in the authority), take that.
    /// </summary>
    private void PreferAttestedSurnames(IReadOnlyList<ArticleAnalysis> analyses)
    {
        var attested = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in _authority.AllNames())
        {
            attested.Add(TextNormalizer.Key(name[(name.LastIndexOf(' ') + 1)..]));
        }

        foreach (var analysis in analyses)
        {
            foreach (var person in analysis.Persons)
            {
                foreach (var mention in person.Mentions)
                {
                    if (mention.Kind == MentionKind.FullName
                        && string.Equals(analysis.Tokens[mention.Last].Value, mention.Surname, StringComparison.Ordinal))
                    {
                        attested.Add(TextNormalizer.Key(mention.Surname));
                    }
                    else if (mention.Kind == MentionKind.Surname && SubjectPosition.IsSubject(analysis.Tokens, mention.First, mention.Last))
                    {
                        attested.Add(TextNormalizer.Key(analysis.Tokens[mention.Last].Value));
                    }
                }
            }
        }

        foreach (var analysis in analyses)
        {
            foreach (var person in analysis.Persons)
            {
                if (!person.HasFullName || attested.Contains(TextNormalizer.Key(person.Surname)) || person.Mentions.Count == 0)
                {
                    continue;
                }

                var surnames = person.Mentions[0].Surnames;
                for (var k = 1; k < surnames.Count; k++)
                {
                    if (attested.Contains(TextNormalizer.Key(surnames[k])) && person.Name.EndsWith(person.Surname, StringComparison.Ordinal))
                    {
                        person.Name = person.Name[..^person.Surname.Length] + surnames[k];
                        person.Surname = surnames[k];
                        break;
                    }
                }
            }
        }
    }

    /// <summary>Surname key → the full names known for it, per language.</summary>
    private Dictionary<string, HashSet<string>> BuildSurnameIndex(IReadOnlyList<ArticleAnalysis> analyses)
    {
        var index = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var known in _authority.Persons)
        {
            Add(index, known.Name, NameLanguage(known.Name));
            foreach (var alias in known.Aliases)
            {
                if (alias.Contains(' ', StringComparison.Ordinal))
                {
                    Add(index, alias, NameLanguage(alias));
                }
            }
        }

        foreach (var analysis in analyses)
        {
            foreach (var person in analysis.Persons)
            {
                if (person.HasFullName)
                {
                    Add(index, person.Name, analysis.Language);
                }
            }
        }

        return index;

        void Add(Dictionary<string, HashSet<string>> target, string name, string language)
        {
            var space = name.LastIndexOf(' ');
            var key = language + ":" + TextNormalizer.Key(name[(space + 1)..]);
            if (!target.TryGetValue(key, out var set))
            {
                set = new HashSet<string>(StringComparer.Ordinal);
                target[key] = set;
            }

            set.Add(language == LanguageDetector.Ukrainian ? _authority.Canonical(name) : name);
            var surname = name[(space + 1)..];
            if (surname.Length >= 3)
            {
                target.TryAdd(PrefixKey(language, surname), []);
            }
        }
    }

    private void ResolveAcrossArchive(ArticleAnalysis analysis, Dictionary<string, HashSet<string>> index)
    {
        var lang = analysis.Language == LanguageDetector.Russian ? "ru" : "uk";
        foreach (var person in analysis.Persons)
        {
            if (person.HasFullName)
            {
                continue;
            }

            foreach (var mention in person.Mentions)
            {
                // Initials in the text must be those of the full name found elsewhere ("В. Набока" is no "Олег Набока").
                if (Unique(index, analysis.Language, mention.Surnames) is { } full
                    && (person.Initial is not { } initial || full.StartsWith(initial[0])))
                {
                    person.Name = full;
                    break;
                }
            }
        }

        var surnames = SurnameNormalizer.Default;
        foreach (var k in analysis.LoneSurnameCandidates)
        {
            // A capitalised word at the start of a sentence is a surname only when a singular verb follows
            // ("Зеленський заявив"), not a plural noun ("Кошти виділили").
            if (IsSentenceStart(analysis.Tokens, k) && !IsSingularVerb(analysis.Tokens, k + 1))
            {
                continue;
            }

            var word = analysis.Tokens[k].Value;
            var known = word.Length >= 3 && index.ContainsKey(PrefixKey(analysis.Language, word));
            var candidates = known ? surnames.Candidates(word, Gender.Unknown, AllCases, lang) : null;
            if (candidates is null || Unique(index, analysis.Language, candidates) is not { } full)
            {
                // Unknown, but unmistakably a surname (Лазаренка, Гветадзе, Мкртчяна): a mention without a page.
                if (!IsSentenceStart(analysis.Tokens, k) && UkrainianSurname().Match(word) is { Success: true } shape
                    && (shape.Groups["ending"].Success || !shape.Groups["stem"].Value.EndsWith("нк", StringComparison.Ordinal))
                    && !(shape.Groups["ending"].Value == "а" && shape.Groups["stem"].Value.EndsWith("ян", StringComparison.Ordinal)))
                {
                    var stem = shape.Groups["stem"].Value;
                    AddLoneSurname(analysis, k, stem.EndsWith("нк", StringComparison.Ordinal) ? stem + "о" : stem);
                }

                continue;
            }

            PersonCluster? existing = null;
            foreach (var person in analysis.Persons)
            {
                if (string.Equals(person.Name, full, StringComparison.Ordinal))
                {
                    existing = person;
                }
            }

            var space = full.LastIndexOf(' ');
            var mention = new PersonMention(k, k, MentionKind.Surname, null, [full[(space + 1)..]], Gender.Unknown);
            if (existing is null)
            {
                existing = new PersonCluster(full, full[(space + 1)..], Gender.Unknown, k);
                analysis.Persons.Add(existing);
            }

            existing.Mentions.Add(mention);
            existing.FirstToken = Math.Min(existing.FirstToken, k);
        }
    }

    private static void AddLoneSurname(ArticleAnalysis analysis, int k, string surname)
    {
        PersonCluster? cluster = null;
        foreach (var person in analysis.Persons)
        {
            if (!person.HasFullName && string.Equals(person.Surname, surname, StringComparison.Ordinal))
            {
                cluster = person;
            }
        }

        if (cluster is null)
        {
            cluster = new PersonCluster(surname, surname, Gender.Unknown, k);
            analysis.Persons.Add(cluster);
        }

        cluster.Mentions.Add(new PersonMention(k, k, MentionKind.Surname, null, [surname], Gender.Unknown));
    }

    /// <summary>A marker entry for the first three letters of known surnames: a cheap first test.</summary>
    private static string PrefixKey(string language, string word) => "^" + language + TextNormalizer.Key(word[..3]);

    private static bool IsSentenceStart(List<Token> tokens, int k)
    {
        for (var p = k - 1; p >= 0; p--)
        {
            var token = tokens[p];
            if (tokens[p + 1].NewLineBefore)
            {
                return true;
            }

            if (token.Kind != TokenKind.Punctuation)
            {
                return false;
            }

            if (token.Value[0] is '.' or '!' or '?' or '…' or ':')
            {
                return true;
            }
        }

        return true;
    }

    private static bool IsSingularVerb(List<Token> tokens, int k)
    {
        if (k >= tokens.Count || !tokens[k].IsWord || tokens[k].IsCapitalized)
        {
            return false;
        }

        var word = tokens[k].Value;
        return word.Length > 3 && (word.EndsWith('в') || word.EndsWith("ла", StringComparison.Ordinal)
            || word.EndsWith('є') || word.EndsWith("ить", StringComparison.Ordinal) || word.EndsWith("ал", StringComparison.Ordinal)
            || word.EndsWith("ил", StringComparison.Ordinal) || word.EndsWith("ет", StringComparison.Ordinal)
            || word.EndsWith("ит", StringComparison.Ordinal));
    }

    private static string? Unique(Dictionary<string, HashSet<string>> index, string language, IReadOnlyList<string> surnames)
    {
        foreach (var surname in surnames)
        {
            if (index.TryGetValue(language + ":" + TextNormalizer.Key(surname), out var names) && names.Count == 1)
            {
                foreach (var name in names)
                {
                    return name;
                }
            }
        }

        return null;
    }

    private void Finish(ArticleAnalysis analysis)
    {
        var persons = analysis.Persons;
        for (var i = persons.Count - 1; i >= 0; i--)
        {
            var person = persons[i];
            if (_authority.IsExcluded(person.Name))
            {
                persons.RemoveAt(i);
                continue;
            }

            if (!_authority.IsKnown(person.Name))
            {
                // "Марка Рубіо": Марк or Марко; the authority knows which.
                foreach (var mention in person.Mentions)
                {
                    foreach (var given in mention.GivenAlternatives)
                    {
                        var alternative = given + " " + mention.Surname;
                        if (_authority.IsKnown(alternative))
                        {
                            person.Name = alternative;
                        }
                    }
                }
            }

            if (analysis.Language == LanguageDetector.Ukrainian)
            {
                person.Name = _authority.Canonical(person.Name);
            }
        }

        // One person may have been found under two spellings that the authority maps to one name.
        for (var i = persons.Count - 1; i >= 0; i--)
        {
            for (var j = 0; j < i; j++)
            {
                if (string.Equals(persons[j].Name, persons[i].Name, StringComparison.Ordinal))
                {
                    persons[j].Mentions.AddRange(persons[i].Mentions);
                    persons[j].FirstToken = Math.Min(persons[j].FirstToken, persons[i].FirstToken);
                    persons.RemoveAt(i);
                    break;
                }
            }
        }

        persons.Sort(static (a, b) => a.FirstToken.CompareTo(b.FirstToken));
    }

    // -енко (any case), -дзе, -швілі, Armenian -ян (not -яна: Різдвяна is an adjective): shapes that only surnames have; the stem group plus the
    // nominative ending (о for -енко) gives the nominative.
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?<stem>\p{Lu}\p{Ll}{2,}(?:енк|єнк|дзе|швілі|ян))(?<ending>о|а|у|ові|ом)?$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex UkrainianSurname();
}
