using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace ArchiveSite.Cli.Progress;

/// <summary>"1,234/10,000", or "1,234" while the total is unknown (nothing before the first).</summary>
internal sealed class CountColumn : ProgressColumn
{
    public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime) =>
        new Text(task.IsIndeterminate
            ? task.Value > 0 ? task.Value.ToString("N0", CultureInfo.InvariantCulture) : string.Empty
            : string.Create(CultureInfo.InvariantCulture, $"{task.Value:N0}/{task.MaxValue:N0}"));
}

/// <summary>Items a second since the stage started, "250/s": an average, which stays readable where the rate
/// between two redraws would jump about.</summary>
internal sealed class RateColumn : ProgressColumn
{
    public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime) =>
        new Text(Rate(task) is { } rate ? string.Create(CultureInfo.InvariantCulture, $"{rate:N0}/s") : string.Empty, new Style(Color.Grey));

    /// <summary>Null until the stage has run long enough for an average to mean something.</summary>
    public static double? Rate(ProgressTask task) =>
        task.ElapsedTime is { TotalSeconds: >= 0.5 } elapsed && task.Value > 0 ? task.Value / elapsed.TotalSeconds : null;
}

/// <summary>The time left at the average rate, "0:15 left"; nothing while the total is unknown.</summary>
internal sealed class TimeLeftColumn : ProgressColumn
{
    public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime)
    {
        if (task.IsFinished || task.IsIndeterminate || RateColumn.Rate(task) is not { } rate)
        {
            return new Text(string.Empty);
        }

        var left = TimeSpan.FromSeconds(Math.Ceiling((task.MaxValue - task.Value) / rate));
        return new Text(string.Create(CultureInfo.InvariantCulture, $"{(int)left.TotalMinutes}:{left.Seconds:00} left"), new Style(Color.Blue));
    }
}
