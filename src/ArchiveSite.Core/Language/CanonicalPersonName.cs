using System.Text;
using ArchiveSite.Core.Language.Persons;
using ArchiveSite.Core.Language.Text;
using ArchiveSite.Core.Yaml;

namespace ArchiveSite.Core.Language;

/// <summary>
/// Maps a person's name as written in a Russian or Ukrainian article to one Ukrainian spelling, so that the
/// person index can merge one person's pages: "Сергей Рябков" → "Сергій Рябков", "Александр Дарчиев" →
/// "Олександр Дарчієв". The authority file's aliases win; otherwise the given name goes through the
/// Russian → Ukrainian given-name map and the surname through spelling rules.
/// </summary>
public static class CanonicalPersonName
{
    private static readonly Lazy<PersonAuthority> s_authority =
        new(() => PersonAuthority.FromYaml([DataResources.BuiltIn(AnnotatorData.PersonsFileName)]));

    /// <summary>The Ukrainian spelling of a full name (names already in Ukrainian come back unchanged).</summary>
    public static string ToUkrainian(string name) => ToUkrainian(name, s_authority.Value);

    /// <summary>
    /// <see cref="ToUkrainian(string)"/> with the site's own <c>persons.yml</c> merged in (its aliases map
    /// spellings onto its canonical names); <paramref name="dataDirectory"/> is the site's <c>input/_data</c>.
    /// </summary>
    public static Func<string, string> ForSite(string? dataDirectory)
    {
        var texts = new List<YamlText> { DataResources.BuiltIn(AnnotatorData.PersonsFileName) };
        if (AnnotatorData.ReadSiteFile(dataDirectory, AnnotatorData.PersonsFileName) is { } site)
        {
            texts.Add(site);
        }

        var authority = PersonAuthority.FromYaml(texts);
        return name => ToUkrainian(name, authority);
    }

    /// <summary>A merge key for person pages: the Ukrainian spelling in lower case with one kind of apostrophe.</summary>
    public static string Key(string name) => TextNormalizer.Key(ToUkrainian(name));

    internal static string ToUkrainian(string name, PersonAuthority authority)
    {
        ArgumentNullException.ThrowIfNull(name);
        var trimmed = string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        if (authority.IsKnown(trimmed))
        {
            return authority.Canonical(trimmed);
        }

        if (!LooksRussian(trimmed))
        {
            return trimmed;
        }

        var parts = trimmed.Split(' ');
        var lexicon = GivenNameLexicon.Default;
        var result = new string[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            var mapped = i < parts.Length - 1 ? lexicon.RussianToUkrainian(parts[i]) : null;
            result[i] = mapped ?? Surname(parts[i]);
        }

        var converted = string.Join(' ', result);
        return authority.IsKnown(converted) ? authority.Canonical(converted) : converted;
    }

    /// <summary>True when the name uses Russian letters or a Russian given name.</summary>
    private static bool LooksRussian(string name)
    {
        foreach (var c in name)
        {
            switch (InvariantCase.ToLower(c))
            {
                case 'ы' or 'э' or 'ъ' or 'ё':
                    return true;
                case 'і' or 'ї' or 'є' or 'ґ':
                    return false;
            }
        }

        var space = name.IndexOf(' ', StringComparison.Ordinal);
        if (space <= 0)
        {
            return false;
        }

        var lexicon = GivenNameLexicon.Default;
        var given = name[..space];
        return lexicon.RussianToUkrainian(given) is { } uk && !string.Equals(uk, given, StringComparison.Ordinal);
    }

    /// <summary>Russian → Ukrainian spelling of a surname by letter rules (Дарчиев → Дарчієв, Сырский → Сирський).</summary>
    private static string Surname(string word)
    {
        var w = word;
        if (w.EndsWith("ский", StringComparison.Ordinal) || w.EndsWith("цкий", StringComparison.Ordinal))
        {
            w = w[..^3] + "ький";
        }
        else if (w.EndsWith("ская", StringComparison.Ordinal) || w.EndsWith("цкая", StringComparison.Ordinal))
        {
            w = w[..^3] + "ька";
        }
        else if (w.EndsWith("ый", StringComparison.Ordinal))
        {
            w = w[..^2] + "ий";
        }
        else if (w.EndsWith("ая", StringComparison.Ordinal))
        {
            w = w[..^2] + "а";
        }

        var builder = new StringBuilder(w.Length + 2);
        for (var i = 0; i < w.Length; i++)
        {
            var c = w[i];
            var lower = InvariantCase.ToLower(c);
            var upper = char.IsUpper(c);
            var previous = i > 0 ? InvariantCase.ToLower(w[i - 1]) : '\0';
            var endingIy = i == w.Length - 2 && w.EndsWith("ий", StringComparison.Ordinal);
            var beforeVowel = i + 1 < w.Length && "аеиоуюяє".Contains(InvariantCase.ToLower(w[i + 1]));
            string mapped = lower switch
            {
                'ы' => "и",
                'э' => "е",
                'ъ' => "'",
                'ё' => i == 0 || "аеиоуыэюяь".Contains(previous) ? "йо" : "ьо",
                'и' when beforeVowel => "і",
                'и' when endingIy || previous is 'ж' or 'ч' or 'ш' or 'щ' or 'ц' => "и",
                'и' => "і",
                'е' when i > 0 && "аеиоуыэюяі".Contains(previous) => "є",
                _ => lower.ToString(),
            };
            builder.Append(upper && mapped.Length > 0 ? InvariantCase.ToUpper(mapped[0]) + mapped[1..] : mapped);
        }

        return builder.ToString();
    }
}
