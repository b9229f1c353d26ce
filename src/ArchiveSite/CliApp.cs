using System.CommandLine;
using System.CommandLine.Invocation;
using ArchiveSite.Cli.Progress;
using ArchiveSite.Core.Content;
using ArchiveSite.Core.Seeds;
using ArchiveSite.Core.Yaml;

namespace ArchiveSite.Cli;

/// <summary>The command-line front door: parses arguments, runs one command, maps the outcome to an exit code.</summary>
internal static class CliApp
{
    /// <param name="progress">Shows the progress of import and build; by default only an occasional line on
    /// <paramref name="errors"/> during very long work.</param>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter errors, CancellationToken cancellationToken, IProgressDisplayFactory? progress = null)
    {
        var context = new CliContext(output, errors, progress ?? new LogProgressFactory(errors));
        var result = CliCommands.Create(context).Parse(WithHelpWord(args));
        var configuration = new InvocationConfiguration
        {
            Output = output,
            Error = errors,
            EnableDefaultExceptionHandler = false,
            // Program.cs turns Ctrl+C and SIGTERM into the cancellation token.
            ProcessTerminationTimeout = null,
        };
        if (result.Errors.Count > 0)
        {
            return ParseErrors(result, errors);
        }

        try
        {
            return await result.InvokeAsync(configuration, cancellationToken);
        }
        catch (UsageException ex)
        {
            errors.WriteLine($"error: {ex.Message}");
            errors.WriteLine(HelpHint(result.CommandResult.Command));
            return ExitCodes.Usage;
        }
        catch (DataFileException ex)
        {
            errors.WriteLine($"error: {ex.Message}");
            errors.WriteLine($"Nothing was written: the site built before is as it was. Fix {ex.Path}, then run again.");
            return ExitCodes.Failure;
        }
        catch (OperationCanceledException)
        {
            errors.WriteLine("stopped: nothing more was written");
            return ExitCodes.Failure;
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or UnauthorizedAccessException or SeedFormatException or ContentFormatException or InvalidOperationException)
        {
            errors.WriteLine($"error: {ex.Message}");
            return ExitCodes.Failure;
        }
#pragma warning disable CA1031 // The last resort: whatever went wrong is told in one line, not as a crash.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            errors.WriteLine($"error: internal error ({ex.GetType().Name}): {ex.Message}; nothing more was written. This is a bug in archivesite: please report it with the command you ran.");
            return ExitCodes.Failure;
        }
    }

    /// <summary>Each error, the library's suggestions for a mistyped word ("Did you mean … build"), and which
    /// help to read, rather than the whole help text.</summary>
    private static int ParseErrors(ParseResult result, TextWriter errors)
    {
        foreach (var error in result.Errors)
        {
            errors.WriteLine($"error: {error.Message}");
        }

        if (result.Action is ParseErrorAction action)
        {
            action.ShowHelp = false;
            action.ShowTypoCorrections = true;
            using var suggestions = new StringWriter();
            using var ignored = new StringWriter();
            result.Invoke(new InvocationConfiguration { Output = suggestions, Error = ignored });
            errors.Write(suggestions.ToString());
        }

        errors.WriteLine(HelpHint(result.CommandResult.Command));
        return ExitCodes.Usage;
    }

    private static string HelpHint(Command command) =>
        command is RootCommand
            ? "Run 'archivesite --help' to see the commands and their options."
            : $"Run 'archivesite {command.Name} --help' to see its options.";

    /// <summary><c>archivesite help [COMMAND]</c>, as the old command line had it, is <c>[COMMAND] --help</c>.</summary>
    private static string[] WithHelpWord(string[] args) =>
        args is ["help", .. var rest] ? [.. rest, "--help"] : args;
}
