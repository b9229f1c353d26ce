using Spectre.Console;

namespace ArchiveSite.Cli.Progress;

/// <summary>Chooses how this process shows progress: live on standard error when that is a terminal, otherwise
/// (a pipe, a file, CI) only the occasional line of <see cref="LogProgressFactory"/>.</summary>
internal static class ConsoleProgressFactory
{
    public static IProgressDisplayFactory ForThisProcess() =>
        IsLive(Console.IsErrorRedirected, Environment.GetEnvironmentVariable("TERM"))
            ? new LiveProgressFactory(AnsiConsole.Create(new AnsiConsoleSettings
            {
                Ansi = AnsiSupport.Yes,
                Interactive = InteractionSupport.Yes,
                Out = new AnsiConsoleOutput(Console.Error),
            }))
            : new LogProgressFactory(Console.Error);

    /// <summary>Live only on a terminal that can redraw lines.</summary>
    public static bool IsLive(bool errorRedirected, string? term) => !errorRedirected && term is not "dumb";
}
