using System.Collections.Frozen;
using ArchiveSite.Core.Language.Text;

namespace ArchiveSite.Core.Language.Persons;

/// <summary>One reading of a given-name form: "Стівом" is the instrumental of masculine "Стів".</summary>
internal sealed record GivenNameForm(string Lemma, Gender Gender, string Language, GrammaticalCase Cases);

/// <summary>
/// Every case form of the known given names (Ukrainian, foreign names in Ukrainian spelling, Russian),
/// from <c>given_names.tsv</c>; plus the Russian → Ukrainian map of given names.
/// </summary>
internal sealed class GivenNameLexicon
{
    private static readonly Lazy<GivenNameLexicon> s_default = new(Load);

    private readonly Dictionary<string, GivenNameForm[]> _forms;
    private readonly Dictionary<string, (GivenNameForm[] Ukrainian, GivenNameForm[] Russian)> _readings;
    private readonly FrozenDictionary<string, string> _russianToUkrainian;
    private readonly FrozenSet<string> _lemmas;
    private readonly FrozenSet<string> _weak;
    private readonly FrozenSet<string> _strict;

    private GivenNameLexicon(
        Dictionary<string, GivenNameForm[]> forms,
        FrozenDictionary<string, string> russianToUkrainian,
        FrozenSet<string> lemmas,
        FrozenSet<string> weak,
        FrozenSet<string> strict)
    {
        _strict = strict;
        _forms = forms;
        _readings = new Dictionary<string, (GivenNameForm[] Ukrainian, GivenNameForm[] Russian)>(forms.Count, StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in forms)
        {
            _readings[key] = (ForLanguage(value, "uk"), ForLanguage(value, "ru"));
        }
        _russianToUkrainian = russianToUkrainian;
        _lemmas = lemmas;
        _weak = weak;
    }

    public static GivenNameLexicon Default => s_default.Value;

    /// <summary>The readings of a capitalised word as a given name, empty when it is none.</summary>
    public ReadOnlySpan<GivenNameForm> Lookup(string word)
    {
        return _forms.TryGetValue(LookupKey(word), out var forms) ? forms : [];
    }

    /// <summary>
    /// The readings of a word for a text language, nominative readings first; readings of other
    /// languages when the word has none in this one. Precomputed, so no allocation per call.
    /// </summary>
    public GivenNameForm[] Readings(string word, string language)
    {
        if (!_readings.TryGetValue(LookupKey(word), out var readings))
        {
            return [];
        }

        return language == "ru" ? readings.Russian : readings.Ukrainian;
    }

    // The tables are case-insensitive; only ё needs mapping before a lookup.
    private static string LookupKey(string word) => word.Contains('ё') || word.Contains('Ё') ? TextNormalizer.Key(word) : word;

    /// <summary>True when the word is the nominative of a known given name in some language.</summary>
    public bool IsLemma(string word) => _lemmas.Contains(TextNormalizer.Key(word));

    /// <summary>True for given names that are also common words or places (Віра, Світ, Роман).</summary>
    public bool IsWeak(string lemma) => _weak.Contains(TextNormalizer.Key(lemma));

    /// <summary>True for common-word names rarely given to people (Світ, Воля): they always need a surname-shaped word.</summary>
    public bool IsStrict(string lemma) => _strict.Contains(TextNormalizer.Key(lemma));

    /// <summary>"Сергей" → "Сергій"; null when the name is not in the map.</summary>
    public string? RussianToUkrainian(string russianGivenName)
    {
        return _russianToUkrainian.TryGetValue(TextNormalizer.Key(russianGivenName), out var uk) ? uk : null;
    }

    private static GivenNameForm[] ForLanguage(GivenNameForm[] all, string language)
    {
        var own = new List<GivenNameForm>(all.Length);
        foreach (var form in all)
        {
            if (form.Language == language)
            {
                own.Add(form);
            }
        }

        if (own.Count == 0)
        {
            own.AddRange(all);
        }

        // Nominative readings first: "Олександра" is first a woman's name, then a man's genitive.
        var result = new List<GivenNameForm>(own.Count);
        foreach (var nominativeFirst in new[] { true, false })
        {
            foreach (var form in own)
            {
                if (((form.Cases & GrammaticalCase.Nominative) != 0) == nominativeFirst)
                {
                    result.Add(form);
                }
            }
        }

        return [.. result];
    }

    private static GivenNameLexicon Load()
    {
        var forms = new Dictionary<string, List<GivenNameForm>>(StringComparer.Ordinal);
        var lemmas = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in DataResources.ReadTable("given_names.tsv"))
        {
            var gender = row[2] == "f" ? Gender.Feminine : Gender.Masculine;
            var form = new GivenNameForm(row[1], gender, row[3], GrammaticalCaseCodes.Parse(row[4]));
            var key = TextNormalizer.Key(row[0]);
            if (!forms.TryGetValue(key, out var list))
            {
                list = [];
                forms[key] = list;
            }

            list.Add(form);
            lemmas.Add(TextNormalizer.Key(row[1]));
        }

        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in DataResources.ReadTable("ru_uk_given.tsv"))
        {
            map.TryAdd(TextNormalizer.Key(row[0]), row[1]);
        }

        var weak = new HashSet<string>(StringComparer.Ordinal);
        var strict = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in DataResources.ReadTable("weak_given_names.txt"))
        {
            weak.Add(TextNormalizer.Key(row[0].Trim()));
            if (row.Length > 1 && row[1].Trim() == "strict")
            {
                strict.Add(TextNormalizer.Key(row[0].Trim()));
            }
        }

        return new GivenNameLexicon(
            forms.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.OrdinalIgnoreCase),
            map.ToFrozenDictionary(StringComparer.Ordinal),
            lemmas.ToFrozenSet(StringComparer.Ordinal),
            weak.ToFrozenSet(StringComparer.Ordinal),
            strict.ToFrozenSet(StringComparer.Ordinal));
    }
}
