namespace ArchiveSite.Cli;

internal static class ExitCodes
{
    /// <summary>Everything done.</summary>
    public const int Success = 0;

    /// <summary>The command failed; nothing was written (or, for build, the previous output was kept).</summary>
    public const int Failure = 1;

    /// <summary>The command line was wrong.</summary>
    public const int Usage = 2;

    /// <summary>Done, but some seeds or pages were refused and are listed in the messages.</summary>
    public const int CompletedWithProblems = 3;
}
