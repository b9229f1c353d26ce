using ArchiveSite.Core.Language.Text;

namespace ArchiveSite.Core.Tests.Language;

public sealed class InvariantCaseTests
{
    [Fact]
    public void ToLowerAndToUpper_EveryCharacter_AsTheFrameworkGives()
    {
        for (var c = char.MinValue; c < char.MaxValue; c++)
        {
            Assert.Equal(char.ToLowerInvariant(c), InvariantCase.ToLower(c));
            Assert.Equal(char.ToUpperInvariant(c), InvariantCase.ToUpper(c));
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("київ")]
    [InlineData("КИЇВ і Ґанок, Ёлка")]
    [InlineData("Zürich ΑΘΗΝΑ Київ")]
    [InlineData("ՀԱՅԱՍՏԱՆ Ⰰ 𐐀𐐁 Київ")]
    [InlineData("\uD801 lone surrogate Й")]
    public void ToLower_Text_AsTheFrameworkGives(string text)
    {
        Assert.Equal(text.ToLowerInvariant(), InvariantCase.ToLower(text));
        var span = new char[text.Length];
        InvariantCase.ToLower(text, span);
        Assert.Equal(text.ToLowerInvariant(), new string(span));
    }
}
