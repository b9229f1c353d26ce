using ArchiveSite.Core.Search.Words;

namespace ArchiveSite.Core.Tests.Search;

public sealed class WordNormalizerTests
{
    public static TheoryData<string, string> Spellings => new()
    {
        // Apostrophes: every form becomes U+0027.
        { "п’ять", "п'ять" },
        { "пʼять", "п'ять" },
        { "п`ять", "п'ять" },
        { "п‘ять", "п'ять" },
        { "п´ять", "п'ять" },
        { "п'ять", "п'ять" },
        // ё and Ё, composed or not.
        { "Ёлка", "елка" },
        { "ещё", "еще" },
        { "е\u0308ж", "еж" },
        // Soft hyphens and stress marks go; NFC composes й and ї.
        { "полі\u00ADтика", "політика" },
        { "вода\u0301", "вода" },
        { "мирово\u0300й", "мировой" },
        { "и\u0300ди", "иди" },
        { "и\u0306ого", "його" },
        { "i\u0308", "ï" },
        // Lower case as JavaScript's toLowerCase, one character at a time.
        { "ЗЕЛЕНСЬКИЙ", "зеленський" },
        { "ҐУДЗЬ", "ґудзь" },
        { "ΣΟΦΟΣ", "σοφοσ" },
        { "Straße", "straße" },
        { "NATO", "nato" },
        // Latin lookalikes are left as they are.
        { "Kиїв", "kиїв" },
        { "2025", "2025" },
        { "", "" },
    };

    [Theory]
    [MemberData(nameof(Spellings))]
    public void Normalize_Spelling_GivesOneForm(string word, string expected)
    {
        Assert.Equal(expected, WordNormalizer.Normalize(word));
    }

    [Fact]
    public void Normalize_NormalizedWord_IsUnchanged()
    {
        const string word = "зеленський";

        Assert.Same(word, WordNormalizer.Normalize(word));
    }
}
