namespace ArchiveSite.Core.Search.Words;

/// <summary>
/// Finds the words of a text: runs of letters and digits, with the combining marks and soft hyphens inside
/// them, and apostrophes between two letters ("Основ'яненка"). Hyphens and all else split words. words.js
/// <c>tokenize</c> gives the same offsets.
/// </summary>
public static class WordTokenizer
{
    /// <summary>The words of <paramref name="text"/>, found as they are enumerated; foreach allocates nothing.</summary>
    public static WordTokenSequence Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new WordTokenSequence(text);
    }

    /// <summary>The end of the word that starts at <paramref name="start"/>.</summary>
    internal static int WordEnd(string text, int start)
    {
        var i = start + 1;
        while (i < text.Length)
        {
            var c = text[i];
            var inWord = char.IsLetterOrDigit(c) || WordCharacters.ContinuesWord(c)
                || (WordCharacters.IsApostrophe(c) && char.IsLetter(text[i - 1]) && i + 1 < text.Length && char.IsLetter(text[i + 1]));
            if (!inWord)
            {
                break;
            }

            i++;
        }

        return i;
    }
}
