using ArchiveSite.Core.Output;

namespace ArchiveSite.Tests.Faults;

/// <summary>Two builds on one output folder: the second waits for the first, or stops with a message naming
/// the busy folder; the output is always one whole site.</summary>
[Collection(nameof(LockTimeoutCollection))]
public sealed class ConcurrentBuildTests : IDisposable
{
    private readonly TempSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task Build_TwoProcessesOnOneOutput_BothSucceedAndTheOutputIsOneWholeSite()
    {
        GeneratedInput.Write(_site.Input, 300);
        var reference = Path.Combine(_site.Root, "reference");
        var (referenceCode, _, referenceErrors) = await _site.BuildAsync(reference);
        Assert.True(referenceCode == 0, referenceErrors);

        using var first = CliProcess.Start("build", "--input", _site.Input, "--output", _site.Output, "--no-search");
        using var second = CliProcess.Start("build", "--input", _site.Input, "--output", _site.Output, "--no-search");
        var results = await Task.WhenAll(first.WaitAsync(), second.WaitAsync());

        foreach (var (code, _, errors) in results)
        {
            Assert.True(code == 0, errors);
        }

        Assert.Equal(TempSite.Snapshot(reference), TempSite.Snapshot(_site.Output));
        Assert.False(Directory.Exists(_site.Output + ".staging"));
    }

    [Fact]
    public async Task Build_WhileAnotherHoldsTheOutputPastTheTimeout_StopsNamingTheFolderAndWritesNothing()
    {
        GeneratedInput.Write(_site.Input, 3);
        await _site.BuildAsync();
        var before = TempSite.Snapshot(_site.Output);
        GeneratedInput.Write(_site.Input, 3, first: 3);
        var timeout = SiteWriter.LockTimeout;
        SiteWriter.LockTimeout = TimeSpan.FromSeconds(1);
        try
        {
            using (HoldLock())
            {
                var (code, _, errors) = await _site.BuildAsync();

                Assert.Equal(1, code);
                Assert.Contains($"error: {_site.Output}.lock: another build is writing this output folder", errors, StringComparison.Ordinal);
                Assert.Equal(before, TempSite.Snapshot(_site.Output));
            }
        }
        finally
        {
            SiteWriter.LockTimeout = timeout;
        }
    }

    [Fact]
    public async Task Build_WhileAnotherHoldsTheOutputBriefly_WaitsAndThenWrites()
    {
        GeneratedInput.Write(_site.Input, 3);
        var holder = HoldLock();
        var build = _site.BuildAsync();
        await Task.Delay(500);
        Assert.False(Directory.Exists(_site.Output), "the build waits while the output is held");
        holder.Dispose();

        var (code, _, errors) = await build;

        Assert.True(code == 0, errors);
        Assert.Equal(3, Directory.GetFiles(Path.Combine(_site.Output, "2025"), "index.html", SearchOption.AllDirectories).Count(f => f.Contains("page-", StringComparison.Ordinal)));
    }

    /// <summary>Takes the output's lock file as a running build does.</summary>
    private FileStream HoldLock() =>
        new(_site.Output + ".lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
}

/// <summary>Tests that change <see cref="SiteWriter.LockTimeout"/> run one at a time.</summary>
[CollectionDefinition(nameof(LockTimeoutCollection), DisableParallelization = true)]
public sealed class LockTimeoutCollection;
