namespace ArchiveSite.Core.Progress;

/// <summary>One stage of a long piece of work ("reading pages", "rendering pages") and how far it has got.
/// Items are counted with <see cref="Interlocked"/>, from any thread, with no lock.</summary>
/// <param name="name">What the stage does, in a few lower-case words.</param>
/// <param name="total">How many items the stage has, or null when that is not known until it ends.</param>
public sealed class ProgressStage(string name, int? total) : IDisposable
{
    private int _done;
    private int _finished;

    public string Name { get; } = name;

    public int? Total { get; } = total;

    public int Done => Volatile.Read(ref _done);

    public bool IsFinished => Volatile.Read(ref _finished) != 0;

    /// <summary>A new stage, announced to <paramref name="progress"/> when there is one.</summary>
    public static ProgressStage Start(IWorkProgress? progress, string name, int? total = null)
    {
        var stage = new ProgressStage(name, total);
        progress?.Started(stage);
        return stage;
    }

    public void Advance() => Interlocked.Increment(ref _done);

    public void Advance(int items) => Interlocked.Add(ref _done, items);

    public void Finish() => Volatile.Write(ref _finished, 1);

    public void Dispose() => Finish();
}
