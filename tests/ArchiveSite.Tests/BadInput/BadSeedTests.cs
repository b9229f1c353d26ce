namespace ArchiveSite.Tests.BadInput;

/// <summary>Each bad seed of the table sits between two good ones: the good ones are imported and built
/// whatever happens, the bad one is imported correctly or refused with an error naming its file, the exit
/// code says which, and <c>--strict</c> fails the run before anything is written.</summary>
public sealed class BadSeedTests : IDisposable
{
    private readonly TempSite _site = new();

    public void Dispose() => _site.Dispose();

    public static TheoryData<string> Cases => [.. BadSeeds.All.Select(s => s.Name)];

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task ImportAndBuild_BadSeedAmongGoodOnes_GoodOnesBuildAndTheBadOneIsImportedOrNamed(string name)
    {
        var bad = AddSeeds(name);

        var (code, _, errors) = await _site.ImportAndBuildAsync();

        foreach (var (fileName, title, _) in BadSeeds.Good)
        {
            var page = _site.PageOfSeed(fileName);
            Assert.NotNull(page);
            Assert.Contains(title, SiteLinks.Text(_site.ArticleHtml(page)), StringComparison.Ordinal);
        }

        if (bad.Refused)
        {
            Assert.True(code == 3, $"exit {code}: {errors}");
            Assert.Contains($"error: {bad.FileName}", errors, StringComparison.Ordinal);
            Assert.Contains(bad.Message!, errors, StringComparison.Ordinal);
            Assert.Null(_site.PageOfSeed(bad.FileName));
        }
        else
        {
            Assert.True(code == 0, $"exit {code}: {errors}");
            Assert.DoesNotContain("error:", errors, StringComparison.Ordinal);
            if (bad.Message is not null)
            {
                Assert.Contains($"warning: {bad.FileName}", errors, StringComparison.Ordinal);
                Assert.Contains(bad.Message, errors, StringComparison.Ordinal);
            }

            var page = _site.PageOfSeed(bad.FileName);
            Assert.NotNull(page);
            var text = SiteLinks.Text(_site.ArticleHtml(page));
            foreach (var line in bad.Lines)
            {
                Assert.True(text.Contains(line, StringComparison.Ordinal), $"the page lacks: {line[..Math.Min(line.Length, 80)]}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task ImportAndBuild_Strict_FailsOnARefusedSeedAndWritesNothing(string name)
    {
        var bad = AddSeeds(name);

        var (code, _, errors) = await _site.ImportAndBuildAsync("--strict");

        if (bad.Refused)
        {
            Assert.True(code == 1, $"exit {code}: {errors}");
            Assert.Contains($"error: {bad.FileName}", errors, StringComparison.Ordinal);
            Assert.Contains("seed(s) refused (listed above); with --strict nothing was written", errors, StringComparison.Ordinal);
            Assert.Empty(Directory.GetFileSystemEntries(_site.Input));
            Assert.False(Directory.Exists(_site.Output));
        }
        else
        {
            Assert.True(code == 0, $"exit {code}: {errors}");
            Assert.NotNull(_site.PageOfSeed(bad.FileName));
        }
    }

    [Fact]
    public async Task Import_SameArticleTwiceUnderTwoNames_OnePageAndTheDuplicateIsReported()
    {
        AddGoodSeeds();
        File.Copy(Path.Combine(_site.Seeds, "001_good.txt"), Path.Combine(_site.Seeds, "009_copy.txt"));

        var (code, _, errors) = await _site.ImportAndBuildAsync();

        Assert.True(code == 0, errors);
        Assert.Contains("warning: 009_copy.txt: the same article as 001_good.txt", errors, StringComparison.Ordinal);
        Assert.NotNull(_site.PageOfSeed("001_good.txt"));
        Assert.Null(_site.PageOfSeed("009_copy.txt"));
        Assert.Equal(2, Directory.GetFiles(Path.Combine(_site.Input, "articles"), "*.md", SearchOption.AllDirectories).Length);
    }

    [Fact]
    public async Task Import_SeedChangedAfterImport_UpdatesItsPage()
    {
        AddGoodSeeds();
        await _site.ImportAsync();
        var seed = Path.Combine(_site.Seeds, "001_good.txt");
        File.WriteAllText(seed, File.ReadAllText(seed) + "\nДодано пізніше: рух відкрили і для трамваїв.\n");

        var (code, output, errors) = await _site.ImportAndBuildAsync();

        Assert.True(code == 0, errors);
        Assert.Contains("1 written", output, StringComparison.Ordinal);
        var page = _site.PageOfSeed("001_good.txt")!;
        Assert.Contains("рух відкрили і для трамваїв", SiteLinks.Text(_site.ArticleHtml(page)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_SeedChangedAfterAnEditorChangedThePage_KeepsTheEditorsChangeAndTakesTheSeeds()
    {
        AddGoodSeeds();
        await _site.ImportAsync();
        var pagePath = Path.Combine(_site.Input, _site.PageOfSeed("001_good.txt")!.Path);
        _site.EditGoodPageAndItsSeed(pagePath);

        var (code, output, errors) = await _site.ImportAndBuildAsync();

        Assert.True(code == 0, errors);
        Assert.Contains("1 merged with edits", output, StringComparison.Ordinal);
        var page = _site.PageOfSeed("001_good.txt")!;
        Assert.Equal("Новий міст у Києві (ред.)", page.FrontMatter.Title);
        var text = SiteLinks.Text(_site.ArticleHtml(page));
        Assert.Contains("Новий міст у Києві (ред.)", text, StringComparison.Ordinal);
        Assert.Contains("рух відкрили і для трамваїв", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_PageBrokenByAnEditor_IsLeftAloneAndNoSecondPageIsMade()
    {
        AddGoodSeeds();
        await _site.ImportAsync();
        var path = _site.PageOfSeed("001_good.txt")!.Path;
        var full = Path.Combine(_site.Input, path);
        var broken = File.ReadAllText(full).Replace("\ntags: [", "\ntags: [Зламано, \n", StringComparison.Ordinal);
        File.WriteAllText(full, broken);

        var (code, output, errors) = await _site.ImportAsync();

        Assert.True(code == 0, errors);
        Assert.Contains($"warning: {path}: the page of 001_good.txt cannot be read; it is left as it is", errors, StringComparison.Ordinal);
        Assert.Contains("1 kept as edited", output, StringComparison.Ordinal);
        Assert.Equal(broken, File.ReadAllText(full));
        Assert.Equal(2, Directory.GetFiles(Path.Combine(_site.Input, "articles"), "*.md", SearchOption.AllDirectories).Length);
    }

    private BadSeed AddSeeds(string name)
    {
        AddGoodSeeds();
        var bad = BadSeeds.All.Single(s => s.Name == name);
        File.WriteAllBytes(Path.Combine(_site.Seeds, bad.FileName), bad.Bytes);
        return bad;
    }

    private void AddGoodSeeds()
    {
        foreach (var (fileName, _, text) in BadSeeds.Good)
        {
            File.WriteAllText(Path.Combine(_site.Seeds, fileName), text);
        }
    }
}
