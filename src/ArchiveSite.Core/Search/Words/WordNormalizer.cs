using System.Text;
using ArchiveSite.Core.Language.Text;

namespace ArchiveSite.Core.Search.Words;

/// <summary>
/// One spelling for every way a word is typed: NFC, lower case, е for ё, one apostrophe, no soft hyphens or
/// stress marks. words.js <c>normalize</c> does the same, character for character.
/// </summary>
public static class WordNormalizer
{
    public static string Normalize(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var composed = IsComposed(word) ? word : word.Normalize(NormalizationForm.FormC);
        var lower = InvariantCase.ToLower(composed);
        return NeedsReplacement(lower) ? Replace(lower) : lower;
    }

    /// <summary>Text of Latin, Cyrillic and no combining marks is already in NFC; the check is cheaper than Normalize.</summary>
    private static bool IsComposed(string word)
    {
        foreach (var c in word)
        {
            if (c >= '\u0300' && (c < '\u0400' || c is (>= '\u0483' and <= '\u0489') or >= '\u0530'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool NeedsReplacement(string lower)
    {
        foreach (var c in lower)
        {
            if (c is 'ё' or 'ѐ' or 'ѝ' or WordCharacters.SoftHyphen || WordCharacters.IsStressMark(c)
                || (WordCharacters.IsApostrophe(c) && c != WordCharacters.Apostrophe))
            {
                return true;
            }
        }

        return false;
    }

    private static string Replace(string lower)
    {
        var builder = new StringBuilder(lower.Length);
        foreach (var c in lower)
        {
            if (c == WordCharacters.SoftHyphen || WordCharacters.IsStressMark(c))
            {
                continue;
            }

            builder.Append(c switch
            {
                'ё' => 'е',
                // е and и with a grave stress mark, which NFC composes into one character.
                'ѐ' => 'е',
                'ѝ' => 'и',
                _ when WordCharacters.IsApostrophe(c) => WordCharacters.Apostrophe,
                _ => c,
            });
        }

        return builder.ToString();
    }
}
