using System.Globalization;
using ArchiveSite.Core.Progress;

namespace ArchiveSite.Cli.Progress;

/// <summary>A stage's progress in words: "rendering pages: 5,000 of 10,000 (250/s, about 20 s left)".</summary>
internal static class ProgressText
{
    public static string Line(string work, ProgressStage stage, TimeSpan elapsed)
    {
        var done = stage.Done;
        var rate = elapsed.TotalSeconds > 0 ? done / elapsed.TotalSeconds : 0;
        var counted = stage.Total is { } total ? $"{done:N0} of {total:N0}" : $"{done:N0} so far";
        var left = stage.Total is { } all && rate > 0 ? $", about {Duration(TimeSpan.FromSeconds(Math.Max(0, all - done) / rate))} left" : string.Empty;
        return string.Create(CultureInfo.InvariantCulture, $"{work}: {stage.Name}: {counted} ({rate:N0}/s{left}), {Duration(elapsed)} so far");
    }

    public static string Duration(TimeSpan time) =>
        time.TotalSeconds < 60
            ? string.Create(CultureInfo.InvariantCulture, $"{Math.Ceiling(time.TotalSeconds):0} s")
            : string.Create(CultureInfo.InvariantCulture, $"{(int)time.TotalMinutes} min {time.Seconds} s");
}
