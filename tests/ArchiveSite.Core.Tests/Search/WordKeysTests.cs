using ArchiveSite.Core.Search.Words;

namespace ArchiveSite.Core.Tests.Search;

public sealed class WordKeysTests
{
    [Theory]
    [InlineData("Зеленського", "uk", "зеленськ")]
    [InlineData("САНКЦІЇ", "uk", "санкц")]
    [InlineData("Лавро\u0301вым", "ru", "лавр")]
    [InlineData("ВЫБОРЫ", "ru", "выбор")]
    public void Key_Word_IsTheStemOfItsNormalizedSpelling(string word, string language, string expected)
    {
        Assert.Equal(expected, WordKeys.Key(word, language));
    }

    [Theory]
    [InlineData("і")]
    [InlineData("й")]
    [InlineData("та")]
    [InlineData("в")]
    [InlineData("у")]
    [InlineData("на")]
    [InlineData("що")]
    [InlineData("не")]
    [InlineData("це")]
    [InlineData("и")]
    [InlineData("что")]
    [InlineData("это")]
    [InlineData("как")]
    [InlineData("еще")]
    public void IsStopWord_FunctionWord_IsTrue(string word)
    {
        Assert.True(WordKeys.IsStopWord(word));
    }

    [Theory]
    [InlineData("санкції")]
    [InlineData("мир")]
    [InlineData("зеленський")]
    [InlineData("ещё")]
    [InlineData("Що")]
    public void IsStopWord_WordOrUnnormalizedSpelling_IsFalse(string word)
    {
        Assert.False(WordKeys.IsStopWord(word));
    }

    [Fact]
    public void StopWords_AreNormalizedAndBetweenOneAndTwoHundred()
    {
        Assert.InRange(StopWords.All.Count, 100, 200);
        Assert.All(StopWords.All, word => Assert.Equal(WordNormalizer.Normalize(word), word));
    }
}
