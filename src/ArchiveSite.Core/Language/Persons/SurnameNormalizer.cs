namespace ArchiveSite.Core.Language.Persons;

/// <summary>
/// Goes back from a surname form to its nominative, given the gender and the cases the neighbouring
/// given name shows. Table-driven (<c>surname_rules.tsv</c>); a form no rule explains stays as written,
/// which is right for indeclinable surnames (Тимошенко for a woman, Рубіо, Гонгадзе).
/// </summary>
internal sealed class SurnameNormalizer
{
    private static readonly Lazy<SurnameNormalizer> s_default = new(Load);

    // Rules grouped by the last letter of their ending, in file order: a form is only tried against
    // the rules that can match it.
    private readonly Dictionary<char, SurnameRule[]> _rulesByLastLetter;

    private SurnameNormalizer(SurnameRule[] rules)
    {
        _rulesByLastLetter = rules
            .GroupBy(r => r.Ending[^1])
            .ToDictionary(g => g.Key, g => g.ToArray());
    }

    public static SurnameNormalizer Default => s_default.Value;

    /// <summary>Nominative candidates, the preferred one first; never empty.</summary>
    public List<string> Candidates(string surface, Gender gender, GrammaticalCase cases, string language)
    {
        // A double surname declines in both parts: "Квітки-Основ'яненка" → "Квітка-Основ'яненко".
        var hyphen = surface.IndexOf('-', StringComparison.Ordinal);
        if (hyphen >= 3 && hyphen < surface.Length - 3 && char.IsUpper(surface[hyphen + 1]) && surface.IndexOf('-', hyphen + 1) < 0)
        {
            var firsts = PartCandidates(surface[..hyphen], gender, cases, language);
            var seconds = PartCandidates(surface[(hyphen + 1)..], gender, cases, language);
            var combined = new List<string>(firsts.Count);
            for (var k = 0; k < Math.Min(firsts.Count, seconds.Count); k++)
            {
                combined.Add(firsts[k] + "-" + seconds[k]);
            }

            return combined;
        }

        return PartCandidates(surface, gender, cases, language);
    }

    private List<string> PartCandidates(string surface, Gender gender, GrammaticalCase cases, string language)
    {
        var result = new List<string>(3);
        if ((cases & GrammaticalCase.Nominative) != 0 || cases == GrammaticalCase.None)
        {
            result.Add(surface);
        }

        var rules = surface.Length > 0 && _rulesByLastLetter.TryGetValue(surface[^1], out var found) ? found : [];
        foreach (var rule in rules)
        {
            if ((rule.Cases & cases) == 0 || rule.Language != language)
            {
                continue;
            }

            if (gender != Gender.Unknown && rule.Gender != gender)
            {
                continue;
            }

            if (!surface.EndsWith(rule.Ending, StringComparison.Ordinal))
            {
                continue;
            }

            var stem = surface.AsSpan(0, surface.Length - rule.Ending.Length);
            if (!rule.Accepts(stem))
            {
                continue;
            }

            var candidate = string.Concat(stem, rule.NominativeEnding);
            if (!result.Contains(candidate))
            {
                result.Add(candidate);
            }
        }

        if (result.Count == 0)
        {
            result.Add(surface);
        }

        return result;
    }

    /// <summary>The preferred nominative.</summary>
    public string Nominative(string surface, Gender gender, GrammaticalCase cases, string language)
    {
        return Candidates(surface, gender, cases, language)[0];
    }

    private static SurnameNormalizer Load()
    {
        var rules = new List<SurnameRule>();
        foreach (var row in DataResources.ReadTable("surname_rules.tsv"))
        {
            rules.Add(new SurnameRule(
                row[0],
                row[1] == "f" ? Gender.Feminine : Gender.Masculine,
                GrammaticalCaseCodes.Parse(row[2]),
                row[3],
                row[4],
                row[5].Length == 0 ? '*' : row[5][0]));
        }

        return new SurnameNormalizer([.. rules]);
    }
}
