namespace ArchiveSite.Cli;

/// <summary>A command line that cannot be run as given: the message says what is wrong with it.</summary>
internal sealed class UsageException(string message) : Exception(message);
