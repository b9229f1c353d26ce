using System.Text.RegularExpressions;
using ArchiveSite.Core.Language.Text;

namespace ArchiveSite.Core.Language.Persons;

/// <summary>
/// Signs in the words after a capitalised pair that it names a person, for given names no list knows:
/// an apposition with a role word ("Еліс Волтон, донька засновника") or a speech verb whose ending tells
/// the gender ("Андре Гроеневальд заявив", "Кеми Бэйднок отметила").
/// </summary>
internal static partial class NameEvidence
{
    /// <summary>The gender the words after the name show, or null when they show nothing.</summary>
    /// <param name="last">The name's last token.</param>
    public static Gender? After(List<Token> tokens, int last)
    {
        var next = last + 1;
        if (next + 1 < tokens.Count && tokens[next].Is(',') && IsLowerWord(tokens[next + 1]) && NameStopList.IsRole(tokens[next + 1].Value))
        {
            return GenderContext.IsFeminineRole(tokens[next + 1].Value) ? Gender.Feminine : Gender.Unknown;
        }

        if (next < tokens.Count && IsLowerWord(tokens[next]) && !tokens[next].NewLineBefore && SpeechVerb().IsMatch(tokens[next].Value))
        {
            return tokens[next].Value.EndsWith("ла", StringComparison.Ordinal) ? Gender.Feminine : Gender.Masculine;
        }

        return null;
    }

    private static bool IsLowerWord(Token token) => token.IsWord && char.IsLower(token.Value[0]);

    /// <summary>Past tense of verbs of saying, Ukrainian and Russian ("заявив", "наголосила", "сообщил").</summary>
    [GeneratedRegex(@"^(?:заяви|сказа|зазначи|наголоси|повідоми|підкресли|дода|поясни|розпові|відпові|відзначи|написа|визна|отмети|подчеркну|добави|сообщи|рассказа|ответи|призна)(?:в|ла|л)$", RegexOptions.CultureInvariant)]
    private static partial Regex SpeechVerb();
}
