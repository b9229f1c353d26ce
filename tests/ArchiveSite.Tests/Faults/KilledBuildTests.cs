namespace ArchiveSite.Tests.Faults;

/// <summary>A build killed while it writes leaves the previous output as it was, and the next build succeeds.</summary>
public sealed class KilledBuildTests : IDisposable
{
    private const int Pages = 1500;

    private readonly TempSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task Build_KilledWhileWriting_LeavesThePreviousOutputAndTheNextBuildSucceeds()
    {
        var (previous, staging) = await PreviousSiteThenMorePagesAsync();

        var killedWhileWriting = 0;
        for (var attempt = 0; attempt < 3 && killedWhileWriting == 0; attempt++)
        {
            using var build = CliProcess.Start("build", "--input", _site.Input, "--output", _site.Output, "--no-search");
            await WhileWritingAsync(build, staging);

            if (build.HasExited)
            {
                // Finished before it could be caught: put the previous site back and try again.
                var (code, _, errors) = await build.WaitAsync();
                Assert.True(code == 0, errors);
                RestorePrevious(previous);
                continue;
            }

            await build.KillAsync();
            killedWhileWriting++;
        }

        Assert.True(killedWhileWriting > 0, "the build was never caught while writing");
        Assert.Equal(previous, TempSite.Snapshot(_site.Output));

        var (nextCode, _, nextErrors) = await _site.BuildAsync();

        Assert.True(nextCode == 0, nextErrors);
        Assert.False(Directory.Exists(staging));
        Assert.False(Directory.Exists(_site.Output + ".retired"));
        Assert.Equal(Pages + 5, Directory.GetFiles(Path.Combine(_site.Output, "2025"), "index.html", SearchOption.AllDirectories).Count(f => Path.GetFileName(Path.GetDirectoryName(f)!).StartsWith("page-", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Build_StoppedBySigterm_SaysSoAndLeavesThePreviousOutput()
    {
        var (previous, staging) = await PreviousSiteThenMorePagesAsync();

        using var build = CliProcess.Start("build", "--input", _site.Input, "--output", _site.Output, "--no-search", "--full");
        await WhileWritingAsync(build, staging);

        Assert.False(build.HasExited, "the build ended before it could be stopped");
        build.Terminate();
        var (code, _, errors) = await build.WaitAsync();

        Assert.Equal(1, code);
        Assert.Contains("stopped: nothing more was written", errors, StringComparison.Ordinal);
        Assert.Equal(previous, TempSite.Snapshot(_site.Output));
        Assert.False(Directory.Exists(staging));
    }

    /// <summary>Builds a site of 5 pages, then adds <see cref="Pages"/> pages to the input: the next build has
    /// much to write over a previous output.</summary>
    private async Task<(SortedDictionary<string, byte[]> Previous, string Staging)> PreviousSiteThenMorePagesAsync()
    {
        GeneratedInput.Write(_site.Input, 5);
        var (code, _, errors) = await _site.BuildAsync();
        Assert.True(code == 0, errors);
        var previous = TempSite.Snapshot(_site.Output);
        GeneratedInput.Write(_site.Input, Pages, first: 5);
        return (previous, _site.Output + ".staging");
    }

    /// <summary>Returns once the build has written some files into its staging folder, or has ended.</summary>
    private static async Task WhileWritingAsync(CliProcess build, string staging)
    {
        while (!build.HasExited && !(Directory.Exists(staging) && Directory.EnumerateFiles(staging, "*", SearchOption.AllDirectories).Skip(20).Any()))
        {
            await Task.Delay(5);
        }
    }

    private void RestorePrevious(SortedDictionary<string, byte[]> previous)
    {
        Directory.Delete(_site.Output, recursive: true);
        foreach (var (path, bytes) in previous)
        {
            var full = Path.Combine(_site.Output, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllBytes(full, bytes);
        }
    }
}
