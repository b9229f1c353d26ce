using System.Text.RegularExpressions;
using ArchiveSite.Core.Language;
using CsCheck;

namespace ArchiveSite.Core.Tests.Properties;

/// <summary>Any headline gives a slug that is one safe URL segment; any text transliterates.</summary>
public sealed partial class SlugPropertyTests
{
    [Fact]
    public void Slugify_AnyText_IsLowerCaseLatinDigitsAndSingleHyphensWithinTheLimit()
    {
        HostileText.String(300).Sample(text =>
        {
            var slug = SlugMaker.Slugify(text);

            Assert.Matches(SlugShape(), slug);
            Assert.True(slug.Length <= SlugMaker.MaxLength, slug);
        }, iter: 3000);
    }

    [Fact]
    public void Slugify_AnyText_IsStable()
    {
        HostileText.String(120).Sample(text => Assert.Equal(SlugMaker.Slugify(text), SlugMaker.Slugify(text)), iter: 500);
    }

    [Fact]
    public void Transliterate_UkrainianLetters_LeavesNoCyrillic()
    {
        Gen.Char[HostileText.Cyrillic + " -.,"].Array[0, 200].Select(chars => new string(chars)).Sample(text =>
        {
            var latin = Kmu2010Transliterator.Transliterate(text);

            Assert.DoesNotMatch(AnyCyrillic(), latin);
        }, iter: 2000);
    }

    [Fact]
    public void Transliterate_AnyText_KeepsEveryCharacterThatIsNoLetter()
    {
        HostileText.String(200).Sample(text =>
        {
            var latin = Kmu2010Transliterator.Transliterate(text);

            Assert.Equal(NonLetters(text), NonLetters(latin));
        }, iter: 1000);
    }

    /// <summary>What transliteration passes through: every character but letters and the apostrophes it drops.</summary>
    private static string NonLetters(string text) =>
        new([.. text.Where(c => !char.IsLetter(c) && c is not ('\'' or '’' or 'ʼ' or '`'))]);

    [GeneratedRegex("^(?:[a-z0-9]+(?:-[a-z0-9]+)*)?$")]
    private static partial Regex SlugShape();

    [GeneratedRegex(@"\p{IsCyrillic}")]
    private static partial Regex AnyCyrillic();
}
