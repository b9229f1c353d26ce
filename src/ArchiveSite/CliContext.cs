using ArchiveSite.Cli.Progress;

namespace ArchiveSite.Cli;

/// <summary>Where a command writes: summary lines to <paramref name="Output"/>, errors and warnings to
/// <paramref name="Errors"/>, and the progress of long work to a display made by <paramref name="Progress"/>.</summary>
internal sealed record CliContext(TextWriter Output, TextWriter Errors, IProgressDisplayFactory Progress);
