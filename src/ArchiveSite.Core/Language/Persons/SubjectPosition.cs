using System.Text.RegularExpressions;
using ArchiveSite.Core.Language.Text;

namespace ArchiveSite.Core.Language.Persons;

/// <summary>
/// A name right before a past-tense verb, with no preposition before it, is the verb's subject and so in the
/// nominative ("Кролла поблагодарил", "Кулеба заявив"): its form tells which nominative an oblique form has.
/// </summary>
internal static partial class SubjectPosition
{
    private static readonly HashSet<string> s_prepositions =
    [
        "у", "в", "во", "з", "із", "зі", "с", "со", "к", "ко", "о", "об", "від", "от", "до", "для", "без", "біля", "після",
        "после", "при", "по", "за", "над", "под", "під", "про", "из", "на", "між", "между", "проти", "против", "через",
    ];

    /// <param name="first">The name's first token.</param>
    /// <param name="last">The name's last token.</param>
    public static bool IsSubject(List<Token> tokens, int first, int last)
    {
        if (last + 1 >= tokens.Count || !tokens[last + 1].IsWord || tokens[last + 1].NewLineBefore
            || !PastTense().IsMatch(tokens[last + 1].Value))
        {
            return false;
        }

        return first == 0 || !tokens[first - 1].IsWord || !s_prepositions.Contains(InvariantCase.ToLower(tokens[first - 1].Value));
    }

    /// <summary>Past tense, any gender, Ukrainian and Russian ("заявив", "сказал", "поблагодарила").</summary>
    [GeneratedRegex(@"^\p{Ll}{2,}(?:[аяиеуы]в|[аяиеуы]л|ла|ло)(?:ся|сь)?$", RegexOptions.CultureInvariant)]
    private static partial Regex PastTense();
}
