using System.Diagnostics;
using ArchiveSite.Core.Progress;

namespace ArchiveSite.Cli.Progress;

/// <summary>Shows the stages of one piece of work while it runs, reading their counts on a timer of its own.
/// Disposed when the work ends, before the command prints its summary.</summary>
internal abstract class ProgressDisplay : IWorkProgress, IAsyncDisposable
{
    private readonly Lock _lock = new();
    private readonly List<(ProgressStage Stage, long Started)> _stages = [];
    private readonly CancellationTokenSource _stop = new();
    private Task _loop = Task.CompletedTask;
    private bool _disposed;

    protected ProgressDisplay(string work) => Work = work;

    public string Work { get; }

    /// <summary>A lock only here, once per stage; the items themselves are counted without one.</summary>
    public virtual void Started(ProgressStage stage)
    {
        lock (_lock)
        {
            _stages.Add((stage, Stopwatch.GetTimestamp()));
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        await _stop.CancelAsync();
        await _loop;
        _stop.Dispose();
        GC.SuppressFinalize(this);
    }

    protected void Begin(Func<CancellationToken, Task> loop) => _loop = loop(_stop.Token);

    /// <summary>The stages started so far, each with the time it has run.</summary>
    protected IReadOnlyList<(ProgressStage Stage, TimeSpan Elapsed)> Stages()
    {
        lock (_lock)
        {
            return [.. _stages.Select(s => (s.Stage, Stopwatch.GetElapsedTime(s.Started)))];
        }
    }

    /// <summary>Waits for the next look at the counts; false once the work has ended.</summary>
    protected static async Task<bool> WaitAsync(TimeSpan interval, CancellationToken stop)
    {
        try
        {
            await Task.Delay(interval, stop);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
