using System.Runtime.InteropServices;
using ArchiveSite.Cli;
using ArchiveSite.Cli.Progress;

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

return await CliApp.RunAsync(args, Console.Out, Console.Error, cancellation.Token, ConsoleProgressFactory.ForThisProcess());
