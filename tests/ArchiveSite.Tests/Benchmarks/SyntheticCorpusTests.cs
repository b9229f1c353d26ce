using ArchiveSite.Benchmarks;
using ArchiveSite.Core.Content;

namespace ArchiveSite.Tests.Benchmarks;

/// <summary>A smoke run of the benchmark corpus at N = 20: deterministic, valid pages, seeds that import.</summary>
public sealed class SyntheticCorpusTests
{
    [Fact]
    public void Generate_SameCount_SameText()
    {
        var first = SyntheticCorpus.Generate(20).ToList();
        var second = SyntheticCorpus.Generate(20).ToList();

        Assert.Equal(first, second);
    }

    [Fact]
    public void Generate_Pages_ReadWithTermsInRange()
    {
        foreach (var article in SyntheticCorpus.Generate(20))
        {
            var page = FrontMatterReader.Read(article.PagePath, article.PageText);
            Assert.InRange(page.FrontMatter.Tags.Length, 2, 6);
            Assert.InRange(page.FrontMatter.Persons.Length, 0, 6);
            Assert.NotNull(page.FrontMatter.Date);
            Assert.InRange(article.SeedText.Length, 3000, 4500);
        }

        Assert.InRange(SyntheticCorpus.Tags.Count, 280, 320);
        Assert.Equal(400, SyntheticCorpus.Persons.Count);
    }

    [Fact]
    public async Task Write_Seeds_ImportAndBuild()
    {
        using var site = new TempSite();
        SyntheticCorpus.Write(site.Root, 20);

        var imported = await site.RunAsync("import", "--seeds", site.Seeds, "--input", Path.Combine(site.Root, "imported"));
        var built = await site.BuildAsync();

        Assert.Equal(0, imported.ExitCode);
        Assert.Equal(20, Directory.GetFiles(Path.Combine(site.Root, "imported", InputLoader.ArticlesFolder), "*.md", SearchOption.AllDirectories).Length);
        Assert.Equal(0, built.ExitCode);
        Assert.True(File.Exists(Path.Combine(site.Output, "index.html")));
    }
}
