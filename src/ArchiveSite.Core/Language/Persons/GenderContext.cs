using System.Text.RegularExpressions;
using ArchiveSite.Core.Language.Text;

namespace ArchiveSite.Core.Language.Persons;

/// <summary>
/// Reads a name's gender from the words around it, for forms that are a woman's nominative and a man's
/// oblique case at once ("Олександра", "Валентина"): a woman's role word before it ("поетеса",
/// "артистка"), or after it a relative pronoun or a past-tense verb with a feminine ending
/// ("…, яка", "подарувала", "заявила").
/// </summary>
internal static partial class GenderContext
{
    /// <param name="first">The name's first token.</param>
    /// <param name="last">The name's last token.</param>
    public static bool IsFeminine(List<Token> tokens, int first, int last)
    {
        if (first > 0 && tokens[first - 1].IsWord && char.IsLower(tokens[first - 1].Value[0]) && FeminineRole().IsMatch(tokens[first - 1].Value))
        {
            return true;
        }

        var next = last + 1;
        if (next < tokens.Count && tokens[next].Kind == TokenKind.Punctuation && tokens[next].Value == ",")
        {
            next++;
        }

        if (next >= tokens.Count || !tokens[next].IsWord || !char.IsLower(tokens[next].Value[0]))
        {
            return false;
        }

        var word = tokens[next].Value;
        return word is "яка" or "которая" or "котра" || FeminineVerb().IsMatch(word);
    }

    public static bool IsFeminineRole(string word) => FeminineRole().IsMatch(word);

    /// <summary>Women's role nouns: -ка, -иця, -еса, -иня ("артистка", "речниця", "поетеса", "господиня").</summary>
    [GeneratedRegex(@"\p{Ll}{3,}(?:ка|иця|ица|еса|иня|ыня)$", RegexOptions.CultureInvariant)]
    private static partial Regex FeminineRole();

    /// <summary>Past tense, feminine: "заявила", "подарувала", "стала", "отметила", "сказалась".</summary>
    [GeneratedRegex(@"\p{Ll}{2,}[аиеіяуо]ла(?:сь|ся)?$", RegexOptions.CultureInvariant)]
    private static partial Regex FeminineVerb();
}
