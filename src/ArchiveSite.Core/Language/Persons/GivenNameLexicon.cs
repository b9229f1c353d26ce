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

    private readonly FrozenDictionary<string, GivenNameForm[]> _forms;
    private readonly FrozenDictionary<string, string> _russianToUkrainian;
    private readonly FrozenSet<string> _lemmas;

    private GivenNameLexicon(
        FrozenDictionary<string, GivenNameForm[]> forms,
        FrozenDictionary<string, string> russianToUkrainian,
        FrozenSet<string> lemmas)
    {
        _forms = forms;
        _russianToUkrainian = russianToUkrainian;
        _lemmas = lemmas;
    }

    public static GivenNameLexicon Default => s_default.Value;

    /// <summary>The readings of a capitalised word as a given name, empty when it is none.</summary>
    public ReadOnlySpan<GivenNameForm> Lookup(string word)
    {
        return _forms.TryGetValue(TextNormalizer.Key(word), out var forms) ? forms : [];
    }

    /// <summary>True when the word is the nominative of a known given name in some language.</summary>
    public bool IsLemma(string word) => _lemmas.Contains(TextNormalizer.Key(word));

    /// <summary>"Сергей" → "Сергій"; null when the name is not in the map.</summary>
    public string? RussianToUkrainian(string russianGivenName)
    {
        return _russianToUkrainian.TryGetValue(TextNormalizer.Key(russianGivenName), out var uk) ? uk : null;
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

        return new GivenNameLexicon(
            forms.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal),
            map.ToFrozenDictionary(StringComparer.Ordinal),
            lemmas.ToFrozenSet(StringComparer.Ordinal));
    }
}
