namespace ArchiveSite.Tests.Faults;

/// <summary>A build replaces its output folder whole, so an output that is, holds or sits in the input or
/// the seeds is refused before anything is written: the sources are never replaced by a site.</summary>
public sealed class OutputOverlapTests : IDisposable
{
    private readonly TempSite _site = new();

    public void Dispose() => _site.Dispose();

    public static TheoryData<string> Outputs => ["input", ".", "input/articles", "seeds", "seeds/site"];

    [Theory]
    [MemberData(nameof(Outputs))]
    public async Task ImportAndBuild_OutputOverlappingTheSources_IsRefusedAndTheSourcesStay(string output)
    {
        File.WriteAllText(Path.Combine(_site.Seeds, "001_good.txt"), BadInput.BadSeeds.Good[0].Text);
        await _site.ImportAsync();
        var input = TempSite.Snapshot(_site.Input);
        var seeds = TempSite.Snapshot(_site.Seeds);
        var outputFolder = Path.GetFullPath(Path.Combine(_site.Root, output));

        var (code, _, errors) = await _site.RunAsync("--seeds", _site.Seeds, "--input", _site.Input, "--output", outputFolder);

        Assert.True(code == 1, $"exit {code}: {errors}");
        Assert.Contains($"error: {Path.TrimEndingDirectorySeparator(outputFolder)}: the output folder ", errors, StringComparison.Ordinal);
        Assert.Contains("give it a folder of its own", errors, StringComparison.Ordinal);
        Assert.Equal(input, TempSite.Snapshot(_site.Input));
        Assert.Equal(seeds, TempSite.Snapshot(_site.Seeds));
    }

    [Fact]
    public async Task Build_OutputBesideTheSources_IsWritten()
    {
        File.WriteAllText(Path.Combine(_site.Seeds, "001_good.txt"), BadInput.BadSeeds.Good[0].Text);

        var (code, _, errors) = await _site.RunAsync("--seeds", _site.Seeds, "--input", _site.Input, "--output", Path.Combine(_site.Root, "input-site"));

        Assert.True(code == 0, errors);
        Assert.True(File.Exists(Path.Combine(_site.Root, "input-site", "index.html")));
    }
}
