using ArchiveSite.Core.Search.Words;

namespace ArchiveSite.Core.Tests.Search;

public sealed class WordTokenizerTests
{
    public static TheoryData<string, string[]> Texts => new()
    {
        { "Квітки-Основ'яненка", ["Квітки", "Основ'яненка"] },
        { "п’ять об`єктів", ["п’ять", "об`єктів"] },
        { "'лапки' та кінець'", ["лапки", "та", "кінець"] },
        { "5'5 д'Артаньян", ["5", "5", "д'Артаньян"] },
        { "полі\u00ADтика, вода\u0301.", ["полі\u00ADтика", "вода\u0301"] },
        { "\u0301наголос", ["наголос"] },
        { "G7, COVID-19 і 1990-х", ["G7", "COVID", "19", "і", "1990", "х"] },
        { "«Ми готові» — сказав він.", ["Ми", "готові", "сказав", "він"] },
        { "", [] },
        { " ,.;— ", [] },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Tokenize_Text_FindsTheWords(string text, string[] expected)
    {
        var words = WordTokenizer.Tokenize(text).Select(token => text.Substring(token.Start, token.Length));

        Assert.Equal(expected, words);
    }

    [Fact]
    public void Tokenize_Offsets_AreUtf16UnitsOfTheOriginal()
    {
        var tokens = WordTokenizer.Tokenize("У Кремлі — п’ять").ToList();

        Assert.Equal([new WordToken(0, 1), new WordToken(2, 6), new WordToken(11, 5)], tokens);
    }
}
