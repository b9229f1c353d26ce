using ArchiveSite.Core.Language;

namespace ArchiveSite.Core.Tests.Language;

public sealed class SlugMakerTests
{
    [Fact]
    public void Slugify_SeedHeadline_IsLowerCaseLatinCutAtAWordBoundary()
    {
        var slug = SlugMaker.Slugify("У Кремлі цинічно прокоментували обговорення \"ключових подразників\" зі США: деталі");

        Assert.Equal("u-kremli-tsynichno-prokomentuvaly-obhovorennia-kliuchovykh-podraznykiv-zi-ssha", slug);
        Assert.True(slug.Length <= SlugMaker.MaxLength);
    }

    [Theory]
    [InlineData("Зеленський: «Ми готові»!", "zelenskyi-my-hotovi")]
    [InlineData("  --Ще раз--  ", "shche-raz")]
    [InlineData("Café 2025", "cafe-2025")]
    [InlineData("!!!", "")]
    public void Slugify_Punctuation_BecomesSingleHyphens(string text, string slug) =>
        Assert.Equal(slug, SlugMaker.Slugify(text));

    [Fact]
    public void Slugify_OneLongWord_IsCutAtTheLimit()
    {
        var slug = SlugMaker.Slugify(new string('ж', 100));

        Assert.Equal(SlugMaker.MaxLength, slug.Length);
    }
}
