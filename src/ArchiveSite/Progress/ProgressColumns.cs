using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace ArchiveSite.Cli.Progress;

/// <summary>"1,234/10,000", or "1,234" while the total is unknown.</summary>
internal sealed class CountColumn : ProgressColumn
{
    public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime) =>
        new Text(task.IsIndeterminate
            ? task.Value.ToString("N0", CultureInfo.InvariantCulture)
            : string.Create(CultureInfo.InvariantCulture, $"{task.Value:N0}/{task.MaxValue:N0}"));
}

/// <summary>Items a second, "250/s".</summary>
internal sealed class RateColumn : ProgressColumn
{
    public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime) =>
        new Text(task.Speed is { } speed ? string.Create(CultureInfo.InvariantCulture, $"{speed:N0}/s") : string.Empty, new Style(Color.Grey));
}
