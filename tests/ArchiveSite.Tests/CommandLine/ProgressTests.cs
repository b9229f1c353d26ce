using System.Collections.Concurrent;
using System.Diagnostics;
using ArchiveSite.Cli;
using ArchiveSite.Cli.Progress;
using ArchiveSite.Core.Progress;
using ArchiveSite.Tests.Faults;

namespace ArchiveSite.Tests.CommandLine;

/// <summary>The stages the engine reports; live progress on a terminal, nothing live in a pipe.</summary>
public sealed class ProgressTests : IDisposable
{
    private readonly TempSite _site = new();

    public ProgressTests() => _site.AddRepositorySeed();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task OnATerminal_StagesAreShownLiveAndCleared()
    {
        var (code, screen) = await RunInPseudoTerminalAsync("--seeds", _site.Seeds, "--input", _site.Input, "--output", _site.Output, "--no-search");

        Assert.True(code == 0, screen);
        foreach (var stage in new[] { "import: reading seeds", "import: finding persons and tags", "import: writing pages", "build: reading pages", "build: rendering pages" })
        {
            Assert.Contains(stage, screen, StringComparison.Ordinal);
        }

        Assert.Contains("\u001b[", screen, StringComparison.Ordinal);
        Assert.Contains("import: 1 page(s) from", screen, StringComparison.Ordinal);
        Assert.Contains("build: 20 page(s)", screen, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InAPipe_OnlyTheSummaryLines()
    {
        using var cli = CliProcess.Start("--seeds", _site.Seeds, "--input", _site.Input, "--output", _site.Output, "--no-search");

        var (code, output, errors) = await cli.WaitAsync();

        Assert.True(code == 0, errors);
        Assert.Equal(string.Empty, errors);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("import: 1 page(s) from", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("build: 20 page(s)", lines[1], StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', output);
    }

    [Fact]
    public async Task ImportAndBuild_ReportEachStageCountedToItsEnd()
    {
        var recorder = new Recorder();
        using var output = new StringWriter();
        using var errors = new StringWriter();

        var code = await CliApp.RunAsync(["--seeds", _site.Seeds, "--input", _site.Input, "--output", _site.Output], output, errors, CancellationToken.None, recorder);

        Assert.True(code == 0, errors.ToString());
        Assert.Equal(
            [
                "import: reading seeds 1/1",
                "import: finding persons and tags 1/?",
                "import: writing pages 1/1",
                "build: reading pages 1/1",
                "build: indexing for search 6/?",
                "build: rendering pages 20/20",
            ],
            recorder.Stages.Select(s => $"{s.Work}: {s.Stage.Name} {s.Stage.Done}/{s.Stage.Total?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"}"));
        Assert.All(recorder.Stages, s => Assert.True(s.Stage.IsFinished, s.Stage.Name));
    }

    [Theory]
    [InlineData(false, "xterm-256color", true)]
    [InlineData(false, null, true)]
    [InlineData(true, "xterm-256color", false)]
    [InlineData(false, "dumb", false)]
    public void LiveOnlyOnATerminalThatRedraws(bool errorRedirected, string? term, bool live)
    {
        Assert.Equal(live, ConsoleProgressFactory.IsLive(errorRedirected, term));
    }

    [Theory]
    [InlineData(10, @"^build: rendering pages: 3 of 10 \(\d+/s, about \d+ s left\), \d+ s so far\r?\n")]
    [InlineData(null, @"^build: rendering pages: 3 so far \(\d+/s\), \d+ s so far\r?\n")]
    public async Task InALog_ALongStageGetsAnOccasionalLine(int? total, string line)
    {
        using var log = new StringWriter();
        var display = new LogProgressFactory(log) { Interval = TimeSpan.FromMilliseconds(200) }.Start("build");
        using (var stage = ProgressStage.Start(display, "rendering pages", total))
        {
            stage.Advance(3);
            await WaitForAsync(() => log.ToString().Length > 0);
        }

        await display.DisposeAsync();

        Assert.Matches(line, log.ToString());
    }

    [Fact]
    public async Task InALog_AShortStageGetsNoLine()
    {
        using var log = new StringWriter();
        var display = new LogProgressFactory(log).Start("import");
        using (var stage = ProgressStage.Start(display, "reading seeds", 10))
        {
            stage.Advance(10);
        }

        await display.DisposeAsync();

        Assert.Equal(string.Empty, log.ToString());
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        var until = Stopwatch.GetTimestamp() + Stopwatch.Frequency * 10;
        while (!condition() && Stopwatch.GetTimestamp() < until)
        {
            await Task.Delay(20);
        }
    }

    /// <summary>The app run under <c>script</c>, which gives it a pseudo-terminal; returns what the terminal got.</summary>
    private static async Task<(int ExitCode, string Screen)> RunInPseudoTerminalAsync(params string[] args)
    {
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";
        var command = string.Join(' ', new[] { dotnet, CliProcess.AppPath }.Concat(args).Select(Quote));
        var start = new ProcessStartInfo("script", ["-qec", command, "/dev/null"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.Environment["TERM"] = "xterm-256color";
        using var process = Process.Start(start) ?? throw new InvalidOperationException("script did not start");
        var screen = process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await screen);
    }

    private static string Quote(string arg) => "'" + arg.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    private sealed class Recorder : IProgressDisplayFactory
    {
        public ConcurrentQueue<(string Work, ProgressStage Stage)> Stages { get; } = new();

        public ProgressDisplay Start(string work) => new Recording(work, Stages);

        private sealed class Recording(string work, ConcurrentQueue<(string, ProgressStage)> stages) : ProgressDisplay(work)
        {
            public override void Started(ProgressStage stage)
            {
                stages.Enqueue((Work, stage));
                base.Started(stage);
            }
        }
    }
}
