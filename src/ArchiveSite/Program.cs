using System.Runtime.InteropServices;
using ArchiveSite.Cli;
using ArchiveSite.Cli.Commands;
using ArchiveSite.Core.Content;
using ArchiveSite.Core.Seeds;

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

// A service manager's stop (SIGTERM) ends a build or serve the way Ctrl+C does: nothing half-written.
using var termination = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
{
    context.Cancel = true;
    cancellation.Cancel();
});

return await CliApp.RunAsync(args, Console.Out, Console.Error, cancellation.Token);

namespace ArchiveSite.Cli
{
    /// <summary>The command-line front door: parses arguments, runs one command, maps the outcome to an exit code.</summary>
    internal static class CliApp
    {
        public const string Usage = """
            ArchiveSite: turns raw news articles into a static archive site.

            Usage: archivesite [command] [options]

              (no command)                import, then build
              import   [--seeds DIR] [--input DIR] [--config FILE] [--force] [--strict]
              build    [--input DIR] [--output DIR] [--config FILE] [--base-url URL] [--strict] [--full] [--no-search]
              serve    [--port N] [--seeds DIR] [--input DIR] [--output DIR] [--config FILE] [--theme-assets DIR] [--no-search]
              check    [--output DIR] [--config FILE] [--base-url URL]
              entities FILE.jsonl         persons, places and organisations with offsets, a JSON line each
              eval     --corpus DIR...    extraction, title and date scores against gold, per folder and language

            Folders default to seeds/, input/ and output/ in the current directory; settings
            come from site.yml there (title, description, base_url, language, items_per_page, time_zone).
            Exit codes: 0 done; 1 failed (nothing written); 2 wrong usage; 3 done, with refused inputs listed.
            """;

        public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter errors, CancellationToken cancellationToken)
        {
            try
            {
                var line = CommandLine.Parse(args);
                if (line.Has("--help") || line.Command is "help")
                {
                    output.WriteLine(Usage);
                    return ExitCodes.Success;
                }

                switch (line.Command)
                {
                    case "":
                        line.Allow("--seeds", "--input", "--output", "--base-url", "--config", "--force", "--strict", "--full", "--no-search");
                        var imported = await ImportCommand.RunAsync(line, output, errors, cancellationToken);
                        if (imported == ExitCodes.Failure)
                        {
                            return imported;
                        }

                        var built = await BuildCommand.RunAsync(line, output, errors, cancellationToken);
                        if (built == ExitCodes.Failure)
                        {
                            return built;
                        }

                        return imported == ExitCodes.Success && built == ExitCodes.Success ? ExitCodes.Success : ExitCodes.CompletedWithProblems;
                    case "import":
                        line.Allow("--seeds", "--input", "--config", "--force", "--strict");
                        return await ImportCommand.RunAsync(line, output, errors, cancellationToken);
                    case "build":
                        line.Allow("--input", "--output", "--base-url", "--config", "--strict", "--full", "--no-search");
                        return await BuildCommand.RunAsync(line, output, errors, cancellationToken);
                    case "serve":
                        line.Allow("--seeds", "--input", "--output", "--base-url", "--config", "--port", "--theme-assets", "--force", "--full", "--no-search");
                        return await ServeCommand.RunAsync(line, output, errors, cancellationToken);
                    case "entities":
                        line.Allow("--input");
                        return EntitiesCommand.Run(line, output);
                    case "eval":
                        line.Allow("--corpus", "--input");
                        return EvalCommand.Run(line, output);
                    case "check":
                        line.Allow("--output", "--config", "--base-url");
                        return CheckCommand.Run(line, output, errors);
                    default:
                        throw new UsageException($"Unknown command '{line.Command}'.");
                }
            }
            catch (UsageException ex)
            {
                errors.WriteLine($"error: {ex.Message}");
                errors.WriteLine(Usage);
                return ExitCodes.Usage;
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
                errors.WriteLine($"error: internal error ({ex.GetType().Name}): {ex.Message}; nothing more was written");
                return ExitCodes.Failure;
            }
        }
    }
}
