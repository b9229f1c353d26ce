using System.Globalization;
using System.Text;

namespace ArchiveSite.Benchmarks;

/// <summary>Turns the rows bench/run.sh records (N, tool, step, run, wall s, user s, system s, peak RSS KiB,
/// pages, bytes; tab-separated) into Markdown: medians with min–max, the ratios ArchiveSite / Hugo, and
/// incremental rebuilds as a share of the full build.</summary>
public static class BenchmarkReport
{
    public sealed record Row(int Count, string Tool, string Step, double Wall, double User, double System, long RssKiB, long Pages, long Bytes);

    public static string Markdown(IEnumerable<string> lines)
    {
        var rows = new List<Row>();
        foreach (var line in lines)
        {
            var f = line.Split('\t');
            if (f.Length < 10 || !int.TryParse(f[0], CultureInfo.InvariantCulture, out var n))
            {
                continue;
            }

            rows.Add(new Row(n, f[1], f[2], D(f[4]), D(f[5]), D(f[6]), long.Parse(f[7], CultureInfo.InvariantCulture), long.Parse(f[8], CultureInfo.InvariantCulture), long.Parse(f[9], CultureInfo.InvariantCulture)));
        }

        var text = new StringBuilder();
        text.AppendLine("| N | run | runs | wall s | user CPU s | peak RSS MiB | pages | output MiB | articles/s |");
        text.AppendLine("|---:|---|---:|---|---|---|---:|---:|---:|");
        foreach (var group in rows.GroupBy(r => (r.Count, r.Tool, r.Step)).OrderBy(g => g.Key.Count).ThenBy(g => Order(g.Key.Tool, g.Key.Step)))
        {
            var list = group.ToList();
            var wall = Median(list.Select(r => r.Wall));
            text.Append(CultureInfo.InvariantCulture, $"| {group.Key.Count:N0} | {group.Key.Tool} {group.Key.Step} | {list.Count} | ")
                .Append(Spread(list.Select(r => r.Wall), "0.00")).Append(" | ")
                .Append(Spread(list.Select(r => r.User), "0.00")).Append(" | ")
                .Append(Spread(list.Select(r => r.RssKiB / 1024.0), "0")).Append(" | ")
                .Append(CultureInfo.InvariantCulture, $"{Median(list.Select(r => (double)r.Pages)):N0} | {Median(list.Select(r => r.Bytes / 1048576.0)):0.0} | ")
                .Append(CultureInfo.InvariantCulture, $"{group.Key.Count / wall:N0} |")
                .AppendLine();
        }

        text.AppendLine();
        text.AppendLine("Ratios, ArchiveSite / Hugo (medians; lower is better):");
        text.AppendLine();
        text.AppendLine("| N | ArchiveSite run | against | wall | user CPU | peak RSS | output bytes |");
        text.AppendLine("|---:|---|---|---:|---:|---:|---:|");
        foreach (var byCount in rows.GroupBy(r => r.Count).OrderBy(g => g.Key))
        {
            var pairs =
                from reference in byCount.Where(r => r.Tool.StartsWith("hugo", StringComparison.Ordinal)).GroupBy(r => r.Tool).OrderBy(g => Order(g.Key, "build"))
                from step in byCount.Where(r => r.Tool == "archivesite" && r.Step != "import").GroupBy(r => r.Step).OrderBy(g => Order("archivesite", g.Key))
                select (reference, step);
            foreach (var (reference, step) in pairs)
            {
                var hugo = reference.ToList();
                var ours = step.ToList();
                text.Append(CultureInfo.InvariantCulture, $"| {byCount.Key:N0} | {step.Key} | {reference.Key} | ")
                    .Append(Ratio(ours, hugo, r => r.Wall)).Append(" | ")
                    .Append(Ratio(ours, hugo, r => r.User)).Append(" | ")
                    .Append(Ratio(ours, hugo, r => r.RssKiB)).Append(" | ")
                    .Append(Ratio(ours, hugo, r => r.Bytes)).AppendLine(" |");
            }
        }

        text.AppendLine();
        text.AppendLine("One article changed, rebuilt over the previous output, as a share of ArchiveSite's full build (medians of wall time):");
        text.AppendLine();
        text.AppendLine("| N | run | wall s | full build wall s | share |");
        text.AppendLine("|---:|---|---:|---:|---:|");
        foreach (var byCount in rows.Where(r => r.Tool == "archivesite").GroupBy(r => r.Count).OrderBy(g => g.Key))
        {
            var full = Median(byCount.Where(r => r.Step == "build").Select(r => r.Wall));
            foreach (var step in byCount.Where(r => r.Step.EndsWith("rebuild", StringComparison.Ordinal)).GroupBy(r => r.Step).OrderBy(g => Order("archivesite", g.Key)))
            {
                var wall = Median(step.Select(r => r.Wall));
                text.AppendLine(CultureInfo.InvariantCulture, $"| {byCount.Key:N0} | {step.Key} | {wall:0.00} | {full:0.00} | {wall / full:0%} |");
            }
        }

        return text.ToString();
    }

    private static int Order(string tool, string step) => (tool, step) switch
    {
        ("hugo", _) => 0,
        ("hugo-norelated", _) => 1,
        ("archivesite", "import") => 2,
        ("archivesite", "build") => 3,
        ("archivesite", "build-nosearch") => 4,
        ("archivesite", "rebuild") => 5,
        _ => 6,
    };

    /// <summary>The ratio of medians; "—" where a step has no such figure (a rebuild inside serve has no
    /// CPU time or memory of its own).</summary>
    private static string Ratio(List<Row> ours, List<Row> hugo, Func<Row, double> value) =>
        Median(ours.Select(value)) is > 0 and var median
            ? (median / Median(hugo.Select(value))).ToString("0.00", CultureInfo.InvariantCulture)
            : "—";

    private static string Spread(IEnumerable<double> values, string format)
    {
        var list = values.ToList();
        if (list.TrueForAll(v => v == 0))
        {
            return "—";
        }

        var median = Median(list).ToString(format, CultureInfo.InvariantCulture);
        return list.Count < 2
            ? median
            : $"{median} ({list.Min().ToString(format, CultureInfo.InvariantCulture)}–{list.Max().ToString(format, CultureInfo.InvariantCulture)})";
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? double.NaN : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static double D(string text) => double.Parse(text, CultureInfo.InvariantCulture);
}
