namespace ArchiveSite.Cli.Progress;

/// <summary>Progress where the output is not a terminal (a pipe, a log, CI): nothing live, only a line per stage
/// that has run longer than <see cref="Interval"/>, and then one each <see cref="Interval"/>.</summary>
internal sealed class LogProgressFactory(TextWriter errors) : IProgressDisplayFactory
{
    public static readonly TimeSpan DefaultInterval = TimeSpan.FromSeconds(30);

    public TimeSpan Interval { get; init; } = DefaultInterval;

    public ProgressDisplay Start(string work) => new LogProgressDisplay(work, errors, Interval);

    private sealed class LogProgressDisplay : ProgressDisplay
    {
        private readonly TextWriter _errors;
        private readonly TimeSpan _interval;

        public LogProgressDisplay(string work, TextWriter errors, TimeSpan interval)
            : base(work)
        {
            (_errors, _interval) = (errors, interval);
            Begin(RunAsync);
        }

        private async Task RunAsync(CancellationToken stop)
        {
            var lines = new Dictionary<Core.Progress.ProgressStage, int>();
            var tick = _interval < TimeSpan.FromSeconds(1) ? _interval : TimeSpan.FromSeconds(1);
            while (await WaitAsync(tick, stop))
            {
                foreach (var (stage, elapsed) in Stages())
                {
                    var due = (int)(elapsed / _interval);
                    if (!stage.IsFinished && due > lines.GetValueOrDefault(stage))
                    {
                        lines[stage] = due;
                        await _errors.WriteLineAsync(ProgressText.Line(Work, stage, elapsed));
                    }
                }
            }
        }
    }
}
