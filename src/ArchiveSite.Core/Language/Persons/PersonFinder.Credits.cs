using ArchiveSite.Core.Language.Text;

namespace ArchiveSite.Core.Language.Persons;

/// <summary>Photographers named in Latin script in a photo credit ("Фото: Dan Kitwood/Getty Images").</summary>
internal sealed partial class PersonFinder
{
    private static readonly string[] s_creditWords = ["Фото", "Photo", "Foto", "Фотографія", "Фотография"];

    /// <summary>
    /// Two Latin-script capitalised words right after a photo-credit word and before the slash that joins them
    /// to an agency: the given name need not be in any list.
    /// </summary>
    private static PersonMention? TryCreditName(List<Token> tokens, bool[] blocked, int i)
    {
        if (i == 0 || i + 1 >= tokens.Count || !IsLatinNameWord(tokens, blocked, i) || !IsLatinNameWord(tokens, blocked, i + 1)
            || !SameSpan(tokens, i + 1))
        {
            return null;
        }

        var slashAfter = i + 3 < tokens.Count && tokens[i + 2].Is('/') && !tokens[i + 2].SpaceBefore && tokens[i + 3].IsLatin;
        if (!slashAfter)
        {
            return null;
        }

        // Right after the credit word: "Фото: Dan Kitwood/Getty Images", "Фото - Anna Lee/AP", "Photo by …".
        var k = i - 1;
        while (k >= 0 && !tokens[k].IsWord && !tokens[k + 1].NewLineBefore)
        {
            k--;
        }

        if (k > 0 && tokens[k].Value is "by" && !tokens[k].NewLineBefore)
        {
            k--;
        }

        return k >= 0 && k < i - 1 && !tokens[k + 1].NewLineBefore && tokens[k].IsWord && Array.IndexOf(s_creditWords, tokens[k].Value) >= 0
            ? new PersonMention(i, i + 1, MentionKind.FullName, tokens[i].Value, [tokens[i + 1].Value], Gender.Unknown)
            : null;
    }

    private static bool IsLatinNameWord(List<Token> tokens, bool[] blocked, int index) =>
        !blocked[index] && tokens[index].IsLatin && tokens[index].IsCapitalized && !tokens[index].IsAllCaps && tokens[index].Value.Length > 1
        && tokens[index].Value.Skip(1).All(char.IsLower);
}
