namespace ArchiveSite.Core.Progress;

/// <summary>
/// Told of each stage of a long piece of work (import, build) as it starts. The engine counts the stage's
/// items on the <see cref="ProgressStage"/> itself; whoever shows progress reads the counts when it likes,
/// so the work never waits for a display.
/// </summary>
public interface IWorkProgress
{
    /// <summary>Called once per stage, from the thread that starts it, before its first item.</summary>
    void Started(ProgressStage stage);
}
