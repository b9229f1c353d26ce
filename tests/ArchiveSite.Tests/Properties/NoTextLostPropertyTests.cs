using CsCheck;

namespace ArchiveSite.Tests.Properties;

/// <summary>Nothing lost: for generated seeds of words and punctuation, every word of the body is on the
/// built article page.</summary>
public sealed class NoTextLostPropertyTests
{
    private const string Letters = "абвгґдеєжзиіїйклмнопрстуфхцчшщьюяАБВГҐДЕЄЖЗИІЇЙКЛМНОПРСТУФХЦЧШЩЬЮЯыэъё";

    private static readonly Gen<string> s_letters = Gen.Char[Letters].Array[1, 10].Select(c => new string(c));

    private static readonly Gen<string> s_word = Gen.Frequency(
        (8, s_letters),
        (2, Gen.Char.AlphaNumeric.Array[1, 8].Select(c => new string(c))),
        (2, Gen.Select(Gen.Char["<>&\"'`*_[]()!#-=+:|{}~\\/.,;?«»—"].Array[1, 3], s_letters, (p, w) => new string(p) + w)),
        (1, Gen.OneOf(Gen.Const("<script>alert(1)</script>"), Gen.Const("&amp;"), Gen.Const("[a](javascript:x)"), Gen.Const("1."))));

    /// <summary>A paragraph starts with a word of letters, so it is never taken for a date line or a caption.</summary>
    private static readonly Gen<string> s_paragraph = Gen.Select(s_letters, s_word.Array[0, 25], (first, rest) => string.Join(' ', [first, .. rest]));

    private static readonly Gen<(string Title, string[] Paragraphs)> s_seed = Gen.Select(
        s_letters.Array[1, 8].Select(words => string.Join(' ', words)),
        s_paragraph.Array[1, 6]);

    [Fact]
    public async Task ImportAndBuild_AnySeed_EveryWordOfTheBodyIsOnThePage()
    {
        await s_seed.SampleAsync(async seed =>
        {
            using var site = new TempSite();
            var text = $"{seed.Title}\n\n23 грудня 2025, 15:30\n{string.Join("\n\n", seed.Paragraphs)}\n";
            File.WriteAllText(Path.Combine(site.Seeds, "001_generated.txt"), text);

            var (code, _, errors) = await site.ImportAndBuildAsync();

            Assert.True(code == 0, errors);
            var page = SiteLinks.Text(site.ArticleHtml(site.PageOfSeed("001_generated.txt")!));
            foreach (var word in seed.Paragraphs.SelectMany(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries)))
            {
                Assert.True(page.Contains(word, StringComparison.Ordinal), $"lost: {word}");
            }
        }, iter: 40, threads: 1);
    }
}
