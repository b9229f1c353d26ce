using System.Diagnostics;
using System.Globalization;
using ArchiveSite.Core.Building;
using ArchiveSite.Core.Content;
using ArchiveSite.Core.Output;
using ArchiveSite.Core.Site;
using ArchiveSite.Core.Site.Views;
using ArchiveSite.Theme;

namespace ArchiveSite.Benchmarks;

/// <summary>The build's phases one by one, in process, with wall and CPU time and managed memory after each:
/// where a full build spends its time. Writes nothing.</summary>
public static class BuildProfile
{
    public static async Task RunAsync(string inputDirectory, TextWriter report)
    {
        var process = Process.GetCurrentProcess();
        var wall = Stopwatch.StartNew();
        var cpu = process.TotalProcessorTime;
        void Mark(string phase)
        {
            process.Refresh();
            var now = process.TotalProcessorTime;
            report.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{phase,-28} wall {wall.Elapsed.TotalSeconds,6:0.00} s  cpu {(now - cpu).TotalSeconds,6:0.00} s  heap {GC.GetTotalMemory(false) / 1048576,6} MiB"));
            wall.Restart();
            cpu = now;
        }

        var input = InputLoader.Load(inputDirectory);
        Mark($"load ({input.Pages.Length} pages)");
        input = InputLoader.Load(inputDirectory, input.Pages.Select(p => p.Body.Hash).ToHashSet(StringComparer.Ordinal));
        Mark("load again, bodies checked");
        var model = SiteModelBuilder.Build(input.Pages, SiteSettings.Default);
        Mark("model");
        var views = new PageViewBuilder(model).All();
        Mark($"views ({views.Count})");
        var fingerprints = new string[views.Count];
        Parallel.For(0, views.Count, i => fingerprints[i] = BuildManifest.Fingerprint(views[i]));
        Mark("fingerprints");
        await using var theme = new RazorSiteTheme();
        long bytes = 0;
        await theme.RenderAsync(views, (_, html) => Interlocked.Add(ref bytes, html.Length));
        Mark($"render ({bytes / 1048576} MiB)");
        var feeds = new long[model.Tags.Length + model.Persons.Length + 1];
        Parallel.For(0, feeds.Length, i => feeds[i] = AtomFeedWriter.Feed(model, i).Content.Length);
        Mark($"feeds ({feeds.Sum() / 1048576} MiB)");
        var sitemap = SitemapWriter.All(model.Settings.BaseUrl, [.. views.Select(v => (v.SitePath, (v as ArticlePageView)?.Published))]).Sum(f => (long)f.Content.Length);
        Mark("sitemap");
        var index = ArchiveSite.Core.Search.SearchIndexWriter.Build(model);
        Mark(string.Create(CultureInfo.InvariantCulture, $"search index ({index.Files.Count} files, {index.Files.Sum(f => (long)f.Content.Length) / 1048576} MiB)"));
        report.WriteLine(string.Create(CultureInfo.InvariantCulture, $"peak working set {process.PeakWorkingSet64 / 1048576} MiB, sitemap {sitemap} bytes"));
    }
}
