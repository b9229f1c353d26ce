namespace ArchiveSite.Core.Search.Words;

/// <summary>The stemmer of an article's or a query's language: "ru" is Russian, anything else Ukrainian.</summary>
public static class Stemmer
{
    public static string Stem(string normalizedWord, string language) =>
        language == "ru" ? RussianStemmer.Stem(normalizedWord) : UkrainianStemmer.Stem(normalizedWord);
}
