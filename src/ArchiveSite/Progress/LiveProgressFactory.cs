using ArchiveSite.Core.Progress;
using Spectre.Console;

namespace ArchiveSite.Cli.Progress;

/// <summary>Live progress on a terminal: a bar per stage with its count, rate and time left, redrawn ten times
/// a second and cleared when the work ends, so only the summary lines stay on the screen.</summary>
internal sealed class LiveProgressFactory(IAnsiConsole console) : IProgressDisplayFactory
{
    private static readonly TimeSpan s_refresh = TimeSpan.FromMilliseconds(100);

    public ProgressDisplay Start(string work) => new LiveProgressDisplay(work, console);

    private sealed class LiveProgressDisplay : ProgressDisplay
    {
        public LiveProgressDisplay(string work, IAnsiConsole console)
            : base(work)
        {
            var progress = console.Progress();
            progress.RefreshRate = s_refresh;
            progress.AutoClear(true)
                .Columns(
                    new SpinnerColumn(),
                    new TaskDescriptionColumn { Alignment = Justify.Left },
                    new ProgressBarColumn(),
                    new CountColumn(),
                    new RateColumn(),
                    new ElapsedTimeColumn(),
                    new TimeLeftColumn());
            Begin(stop => progress.StartAsync(context => RunAsync(context, stop)));
        }

        private async Task RunAsync(ProgressContext context, CancellationToken stop)
        {
            var tasks = new Dictionary<ProgressStage, ProgressTask>();
            var going = true;
            while (going)
            {
                going = await WaitAsync(s_refresh, stop);
                // A stage known to have nothing to do (no page changed) is not shown.
                foreach (var (stage, _) in Stages().Where(s => s.Stage.Total != 0))
                {
                    if (!tasks.TryGetValue(stage, out var task))
                    {
                        task = context.AddTask(Markup.Escape($"{Work}: {stage.Name}"), maxValue: stage.Total ?? 1);
                        task.IsIndeterminate = stage.Total is null;
                        tasks[stage] = task;
                    }

                    Show(stage, task);
                }
            }

            context.Refresh();
        }

        private static void Show(ProgressStage stage, ProgressTask task)
        {
            if (task.IsFinished)
            {
                return;
            }

            if (stage.IsFinished)
            {
                task.IsIndeterminate = false;
                task.MaxValue = Math.Max(1, Math.Max(stage.Total ?? 0, stage.Done));
                task.Value = task.MaxValue;
                task.StopTask();
                return;
            }

            if (stage.Total is null)
            {
                // No total to aim at: the bar pulses, and the count is what has been done.
                task.MaxValue = stage.Done + 1;
            }

            task.Value = Math.Min(stage.Done, task.MaxValue);
        }
    }
}
