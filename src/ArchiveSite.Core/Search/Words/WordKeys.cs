namespace ArchiveSite.Core.Search.Words;

/// <summary>The key a word is indexed and searched under: its normalised spelling, stemmed.</summary>
public static class WordKeys
{
    public static string Key(string word, string language) => Stemmer.Stem(WordNormalizer.Normalize(word), language);

    /// <summary>Whether the index skips the word: a function word such as "та", "що", "это".</summary>
    public static bool IsStopWord(string normalizedWord) => StopWords.All.Contains(normalizedWord);
}
