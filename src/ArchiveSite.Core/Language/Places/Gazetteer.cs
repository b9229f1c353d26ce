using ArchiveSite.Core.Language.Text;

namespace ArchiveSite.Core.Language.Places;

/// <summary>
/// Countries (i18n-iso-countries), cities, regions and organisations with all their case forms,
/// per language, matched on tokens (longest name first).
/// </summary>
internal sealed class Gazetteer
{
    private const int MaxTokens = 8;

    private static readonly Lazy<Gazetteer> s_default = new(Load);

    // Per language: first token value → phrases starting with it (token values, entry), longest first.
    private readonly Dictionary<string, (string[] Tokens, PlaceEntry Entry)[]> _uk;
    private readonly Dictionary<string, (string[] Tokens, PlaceEntry Entry)[]> _ru;

    private Gazetteer(
        Dictionary<string, (string[] Tokens, PlaceEntry Entry)[]> uk,
        Dictionary<string, (string[] Tokens, PlaceEntry Entry)[]> ru)
    {
        _uk = uk;
        _ru = ru;
    }

    public static Gazetteer Default => s_default.Value;

    /// <summary>The longest gazetteer name starting at token <paramref name="index"/>, if any.</summary>
    public bool TryMatch(List<Token> tokens, int index, string language, out PlaceMatch match)
    {
        match = default;
        var token = tokens[index];
        if (token.Kind == TokenKind.Number)
        {
            return false;
        }

        var table = language == LanguageDetector.Russian ? _ru : _uk;
        if (!table.TryGetValue(token.Value, out var phrases))
        {
            // "YouTube-каналі", "Facebook-сторінці", "НАТО-вських": a Latin or upper-case name before a hyphen.
            var hyphen = token.Value.IndexOf('-', StringComparison.Ordinal);
            if (hyphen > 0 && (token.IsLatin || char.IsUpper(token.Value[hyphen - 1]))
                && table.TryGetValue(token.Value[..hyphen], out var prefixPhrases))
            {
                foreach (var (phraseTokens, entry) in prefixPhrases)
                {
                    if (phraseTokens.Length == 1 && entry.Kind != PlaceKind.Place)
                    {
                        match = new PlaceMatch(index, index, entry);
                        return true;
                    }
                }
            }

            return false;
        }

        foreach (var (phraseTokens, entry) in phrases)
        {
            if (index + phraseTokens.Length > tokens.Count)
            {
                continue;
            }

            var ok = true;
            for (var k = 1; k < phraseTokens.Length; k++)
            {
                if (!string.Equals(tokens[index + k].Value, phraseTokens[k], StringComparison.Ordinal))
                {
                    ok = false;
                    break;
                }
            }

            // A match must end at a word boundary ("X" is not the start of "X-ray").
            var end = index + phraseTokens.Length;
            if (ok && end < tokens.Count && !tokens[end].SpaceBefore && tokens[end].IsWord)
            {
                ok = false;
            }

            if (ok)
            {
                match = new PlaceMatch(index, index + phraseTokens.Length - 1, entry);
                return true;
            }
        }

        return false;
    }

    /// <summary>True when a single word is some form of a gazetteer name in either language.</summary>
    public bool IsSingleWordName(string word)
    {
        return HasSingle(_uk, word) || HasSingle(_ru, word);

        static bool HasSingle(Dictionary<string, (string[] Tokens, PlaceEntry Entry)[]> table, string word)
        {
            if (!table.TryGetValue(word, out var phrases))
            {
                return false;
            }

            foreach (var (tokens, _) in phrases)
            {
                if (tokens.Length == 1)
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>The canonical name for any form of a gazetteer name (for comparing names), else the name.</summary>
    public string Canonical(string name, string language)
    {
        var tokens = Tokenizer.Tokenize(name);
        if (tokens.Count > 0 && TryMatch(tokens, 0, language, out var match) && match.Last == tokens.Count - 1)
        {
            return match.Entry.Canonical;
        }

        return name;
    }

    private static Gazetteer Load()
    {
        var uk = new Builder();
        var ru = new Builder();
        foreach (var row in DataResources.ReadTable("countries.tsv"))
        {
            // Country names that are common words at a sentence start ("Того", "Малі").
            if (row[2] is "Того" or "Малі" or "Мали")
            {
                continue;
            }

            var builder = row[1] == "ru" ? ru : uk;
            var entry = new PlaceEntry(row[2], PlaceKind.Place);
            builder.Add(row[2], entry, row[1]);
            if (row.Length > 3 && row[3].Length > 0)
            {
                foreach (var alias in row[3].Split('|'))
                {
                    builder.Add(alias, entry, row[1]);
                }
            }
        }

        foreach (var row in DataResources.ReadTable("cities_cldr.tsv"))
        {
            var builder = row[0] == "ru" ? ru : uk;
            builder.Add(row[1], builder.Entry(row[1], PlaceKind.Place), row[0]);
        }

        // The curated list comes last so that its canonical names win over the country list's.
        foreach (var row in DataResources.ReadTable("gazetteer.tsv"))
        {
            var kind = row[1] switch
            {
                "org" => PlaceKind.Organization,
                "media" => PlaceKind.Media,
                _ => PlaceKind.Place,
            };
            var canonical = row.Length > 3 && row[3].Length > 0 ? row[3] : row[0];
            var extra = row.Length > 4 && row[4].Length > 0 ? row[4].Split('|') : [];
            foreach (var (builder, language) in Targets(row[2], uk, ru))
            {
                var entry = builder.Entry(canonical, kind);
                builder.Add(row[0], entry, language, replace: true);
                foreach (var form in extra)
                {
                    builder.Add(form, entry, language, replace: true, decline: false);
                }
            }
        }

        return new Gazetteer(uk.Build(), ru.Build());
    }

    private static IEnumerable<(Builder Builder, string Language)> Targets(string language, Builder uk, Builder ru)
    {
        if (language != "ru")
        {
            yield return (uk, "uk");
        }

        if (language != "uk")
        {
            yield return (ru, "ru");
        }
    }

    private sealed class Builder
    {
        private readonly Dictionary<string, (string[] Tokens, PlaceEntry Entry)> _phrases = new(StringComparer.Ordinal);
        private readonly Dictionary<string, PlaceEntry> _entries = new(StringComparer.Ordinal);

        public PlaceEntry Entry(string canonical, PlaceKind kind)
        {
            if (!_entries.TryGetValue(canonical, out var entry) || entry.Kind != kind)
            {
                entry = new PlaceEntry(canonical, kind);
                _entries[canonical] = entry;
            }

            return entry;
        }

        public void Add(string name, PlaceEntry entry, string language, bool replace = false, bool decline = true)
        {
            _entries.TryAdd(entry.Canonical, entry);
            var forms = decline ? PlaceDecliner.Forms(name, language) : [name];
            foreach (var form in forms)
            {
                if (IsPlainWord(form))
                {
                    var key1 = form;
                    if (replace || !_phrases.ContainsKey(key1))
                    {
                        _phrases[key1] = ([form], entry);
                    }

                    continue;
                }

                var tokens = Tokenizer.Tokenize(form);
                if (tokens.Count == 0 || tokens.Count > MaxTokens)
                {
                    continue;
                }

                var values = new string[tokens.Count];
                for (var i = 0; i < values.Length; i++)
                {
                    values[i] = tokens[i].Value;
                }

                var key = string.Join('\u0001', values);
                if (replace || !_phrases.ContainsKey(key))
                {
                    _phrases[key] = (values, entry);
                }
            }
        }

        /// <summary>Letters only (a hyphen or apostrophe inside is fine): one token, no need to tokenize.</summary>
        private static bool IsPlainWord(string form)
        {
            for (var i = 0; i < form.Length; i++)
            {
                var c = form[i];
                if (!char.IsLetter(c) && !(i > 0 && i < form.Length - 1 && c is '-' or '\''))
                {
                    return false;
                }
            }

            return form.Length > 0;
        }

        public Dictionary<string, (string[] Tokens, PlaceEntry Entry)[]> Build()
        {
            var byFirst = new Dictionary<string, List<(string[] Tokens, PlaceEntry Entry)>>(StringComparer.Ordinal);
            foreach (var phrase in _phrases.Values)
            {
                if (!byFirst.TryGetValue(phrase.Tokens[0], out var list))
                {
                    list = [];
                    byFirst[phrase.Tokens[0]] = list;
                }

                list.Add(phrase);
            }

            var result = new Dictionary<string, (string[] Tokens, PlaceEntry Entry)[]>(byFirst.Count, StringComparer.Ordinal);
            foreach (var (first, phrases) in byFirst)
            {
                phrases.Sort(static (a, b) => b.Tokens.Length.CompareTo(a.Tokens.Length));
                result[first] = [.. phrases];
            }

            return result;
        }
    }
}
