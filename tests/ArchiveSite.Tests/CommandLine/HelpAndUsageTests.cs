using System.Text.RegularExpressions;

namespace ArchiveSite.Tests.CommandLine;

/// <summary>What a newcomer sees when asking for help, the version, or mistyping a command or an option.</summary>
public sealed partial class HelpAndUsageTests : IDisposable
{
    private readonly TempSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task Help_ListsEveryCommand()
    {
        var (code, output, _) = await _site.RunAsync("--help");

        Assert.Equal(0, code);
        foreach (var command in new[] { "import", "build", "serve", "check", "entities", "eval" })
        {
            Assert.Matches($"(?m)^  {command} ", output);
        }

        Assert.Contains("With no command, imports the seeds, then builds the site.", output, StringComparison.Ordinal);
        Assert.Contains("Exit codes: 0 done; 1 failed (nothing written); 2 wrong usage; 3 done, with refused inputs listed.", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BuildHelp_DescribesBuildsOptionsOnly()
    {
        var (code, output, _) = await _site.RunAsync("build", "--help");

        Assert.Equal(0, code);
        Assert.Contains(" build [options]", output, StringComparison.Ordinal);
        Assert.Matches(@"--strict\s+Write nothing if any page cannot be read", output);
        Assert.Matches(@"--no-search\s+Leave out the search index", output);
        Assert.Matches(@"--output <DIR>\s+Where the site is written.*\[default: output\]", output);
        Assert.DoesNotContain("--port", output, StringComparison.Ordinal);
        Assert.DoesNotContain("--seeds", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Commands:", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HelpWord_IsTheCommandsHelp()
    {
        var (_, byWord, _) = await _site.RunAsync("help", "import");
        var (_, byOption, _) = await _site.RunAsync("import", "--help");

        Assert.Equal(byOption, byWord);
        Assert.Contains(" import [options]", byWord, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Version_PrintsTheVersion()
    {
        var (code, output, _) = await _site.RunAsync("--version");

        Assert.Equal(0, code);
        Assert.Matches(VersionLine(), output);
    }

    [Theory]
    [InlineData("biuld", "build", "Run 'archivesite --help' to see the commands and their options.")]
    [InlineData("build --strcit", "--strict", "Run 'archivesite build --help' to see its options.")]
    [InlineData("import --seed", "--seeds", "Run 'archivesite import --help' to see its options.")]
    public async Task MistypedWord_IsAnsweredWithTheNearestOne(string line, string suggestion, string hint)
    {
        var (code, output, errors) = await _site.RunAsync(line.Split(' '));

        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains($"error: Unrecognized command or argument '{line.Split(' ')[^1]}'.", errors, StringComparison.Ordinal);
        Assert.Matches($@"Did you mean one of the following\?\r?\n{Regex.Escape(suggestion)}\r?\n", errors);
        Assert.EndsWith(hint + Environment.NewLine, errors, StringComparison.Ordinal);
        Assert.DoesNotContain("Usage:", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OptionOfAnotherCommand_IsWrongUsage()
    {
        var (code, _, errors) = await _site.RunAsync("check", "--strict");

        Assert.Equal(2, code);
        Assert.Contains("error: Unrecognized command or argument '--strict'.", errors, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("65536")]
    [InlineData("http")]
    public async Task PortOutOfRange_IsWrongUsage(string port)
    {
        var (code, _, errors) = await _site.RunAsync("serve", "--port", port);

        Assert.Equal(2, code);
        Assert.Contains($"error: The port '{port}' is not a number from 1 to 65535.", errors, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("entities", "error: entities needs one file of JSON lines, each with a \"text\" field (- reads standard input).")]
    [InlineData("eval", "error: eval needs --corpus DIR: a folder of NNN.txt texts with their NNN.json gold answers (more folders may follow).")]
    [InlineData("build --input", "error: Required argument missing for option: '--input'.")]
    public async Task MissingValue_SaysWhatIsNeeded(string line, string message)
    {
        var (code, _, errors) = await _site.RunAsync(line.Split(' '));

        Assert.Equal(2, code);
        Assert.StartsWith(message, errors, StringComparison.Ordinal);
        Assert.EndsWith($"Run 'archivesite {line.Split(' ')[0]} --help' to see its options.{Environment.NewLine}", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OptionWithEqualsSign_IsRead()
    {
        _site.AddRepositorySeed();

        var (code, output, errors) = await _site.RunAsync("import", $"--seeds={_site.Seeds}", $"--input={_site.Input}");

        Assert.True(code == 0, errors);
        Assert.Contains("import: 1 page(s)", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingConfigFile_IsWrongUsage()
    {
        var missing = Path.Combine(_site.Root, "missing.yml");

        var (code, _, errors) = await _site.BuildAsync(null, "--config", missing);

        Assert.Equal(2, code);
        Assert.Contains($"error: --config {missing}: the file {missing} does not exist", errors, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("archivesite bu", "build")]
    [InlineData("archivesite serve --th", "--theme-assets")]
    public async Task SuggestDirective_CompletesForTheShell(string line, string completion)
    {
        using var cli = Faults.CliProcess.Start($"[suggest:{line.Length}]", line);

        var (code, output, _) = await cli.WaitAsync();

        Assert.Equal(0, code);
        Assert.Equal([completion], output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    [GeneratedRegex(@"^\d+\.\d+\.\d+\S*\r?\n$")]
    private static partial Regex VersionLine();
}
