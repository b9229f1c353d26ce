using ArchiveSite.Tests.BadInput;

namespace ArchiveSite.Tests;

/// <summary>What import wrote last time (the base of the three-way merge) is kept in a few pack files under
/// <c>input/_imported/</c>; the one-file-per-seed snapshots of earlier versions are still honoured and moved into packs.</summary>
public sealed class ImportSnapshotTests : IDisposable
{
    private readonly TempSite _site = new();

    public void Dispose() => _site.Dispose();

    private string Snapshots => Path.Combine(_site.Input, "_imported");

    [Fact]
    public async Task Import_Seeds_KeepsTheirSnapshotsInPackFilesOnly()
    {
        AddGoodSeeds();

        var (code, _, errors) = await _site.ImportAsync();

        Assert.True(code == 0, errors);
        var files = Directory.GetFiles(Snapshots).Select(Path.GetFileName).ToArray();
        Assert.NotEmpty(files);
        Assert.True(files.Length <= BadSeeds.Good.Count());
        Assert.All(files, f => Assert.Matches("^[0-9a-f]{2}\\.snapshots$", f));
    }

    [Fact]
    public async Task Import_Twice_LeavesThePacksUntouched()
    {
        AddGoodSeeds();
        await _site.ImportAsync();
        var before = Directory.GetFiles(Snapshots).ToDictionary(f => f, f => (File.ReadAllBytes(f), File.GetLastWriteTimeUtc(f)));

        var (code, output, errors) = await _site.ImportAsync();

        Assert.True(code == 0, errors);
        Assert.Contains(" unchanged", output, StringComparison.Ordinal);
        Assert.Equal(before.Keys.Order(), Directory.GetFiles(Snapshots).Order());
        foreach (var (file, (bytes, written)) in before)
        {
            Assert.Equal(bytes, File.ReadAllBytes(file));
            Assert.Equal(written, File.GetLastWriteTimeUtc(file));
        }
    }

    [Fact]
    public async Task Import_PerSeedSnapshotOfAnEarlierVersion_IsTheMergeBaseAndIsMovedIntoAPack()
    {
        AddGoodSeeds();
        await _site.ImportAsync();
        // The layout of earlier versions: _imported/<seed>.md holding the page import wrote.
        var pagePath = Path.Combine(_site.Input, _site.PageOfSeed("001_good.txt")!.Path);
        Directory.Delete(Snapshots, recursive: true);
        Directory.CreateDirectory(Snapshots);
        var legacy = Path.Combine(Snapshots, "001_good.txt.md");
        File.WriteAllText(legacy, File.ReadAllText(pagePath));
        _site.EditGoodPageAndItsSeed(pagePath);

        var (code, output, errors) = await _site.ImportAsync();

        // Without the old snapshot as its base, the edited page would only be kept as it is.
        Assert.True(code == 0, errors);
        Assert.Contains("1 merged with edits", output, StringComparison.Ordinal);
        var page = _site.PageOfSeed("001_good.txt")!;
        Assert.Equal("Новий міст у Києві (ред.)", page.FrontMatter.Title);
        Assert.Contains("рух відкрили і для трамваїв", page.Body, StringComparison.Ordinal);
        Assert.False(File.Exists(legacy));
        Assert.All(Directory.GetFiles(Snapshots), f => Assert.EndsWith(".snapshots", f, StringComparison.Ordinal));
        Assert.Contains("рух відкрили і для трамваїв", string.Concat(Directory.GetFiles(Snapshots).Select(File.ReadAllText)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_UnreadablePack_IsNamedAndWrittenAnew()
    {
        AddGoodSeeds();
        await _site.ImportAsync();
        var pack = Directory.GetFiles(Snapshots).First();
        File.WriteAllText(pack, "<<<<<<< HEAD\n");

        var (code, _, errors) = await _site.ImportAsync();

        Assert.True(code == 0, errors);
        Assert.Contains($"_imported/{Path.GetFileName(pack)}: cannot be read", errors, StringComparison.Ordinal);
        Assert.StartsWith("# archivesite import snapshots", File.ReadAllText(pack), StringComparison.Ordinal);
    }

    private void AddGoodSeeds()
    {
        foreach (var (fileName, _, text) in BadSeeds.Good)
        {
            File.WriteAllText(Path.Combine(_site.Seeds, fileName), text);
        }
    }
}
