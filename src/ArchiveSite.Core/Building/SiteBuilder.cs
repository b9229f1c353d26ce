using System.Text;
using ArchiveSite.Core.Content;
using ArchiveSite.Core.Output;
using ArchiveSite.Core.Site;
using ArchiveSite.Core.Site.Views;

namespace ArchiveSite.Core.Building;

/// <summary>The build: load input/ → site model → page views → theme → feeds, sitemap → output/, each
/// phase finished before the next begins, so nothing is written unless everything rendered.</summary>
public sealed class SiteBuilder(ISiteTheme theme)
{
    /// <summary>Tells GitHub Pages to serve the files as they are, without Jekyll.</summary>
    public const string NoJekyllFile = ".nojekyll";

    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public async Task<BuildReport> BuildAsync(BuildOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        RefuseOverlap(options.OutputDirectory, [options.InputDirectory, .. options.KeepApart]);
        var input = await InputLoader.LoadAsync(options.InputDirectory, cancellationToken);
        if (options.Strict && input.Problems.Length > 0)
        {
            return new BuildReport(0, 0, input.Problems, [], Written: false);
        }

        var model = SiteModelBuilder.Build(input.Pages, options.Settings, options.PersonKey);
        var views = new PageViewBuilder(model).All().ToList();
        var html = await theme.RenderAsync(views, cancellationToken);

        var files = new List<SiteFile>(views.Count * 2);
        for (var i = 0; i < views.Count; i++)
        {
            files.Add(new SiteFile(SiteUrls.FileOf(views[i].SitePath), s_utf8.GetBytes(html[i])));
        }

        files.AddRange(theme.Assets);
        files.AddRange(AtomFeedWriter.All(model));
        files.AddRange(SitemapWriter.All(model.Settings.BaseUrl, [.. views.Select(v => (v.SitePath, LastModified(v)))]));
        files.Add(new SiteFile(NoJekyllFile, Array.Empty<byte>()));
        files.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        await SiteWriter.WriteAsync(options.OutputDirectory, files, options.FinishStagedSite, cancellationToken);
        return new BuildReport(views.Count, files.Count, input.Problems, model.Warnings);
    }

    private static DateTimeOffset? LastModified(PageView view) => (view as ArticlePageView)?.Published;

    /// <summary>The output folder is replaced whole by every build: refuse one that is, holds or sits in a
    /// folder of the site's sources, before anything is read or written.</summary>
    /// <exception cref="InvalidOperationException">The output overlaps one of the folders.</exception>
    private static void RefuseOverlap(string outputDirectory, IEnumerable<string> sources)
    {
        var output = FullFolder(outputDirectory);
        foreach (var source in sources.Select(FullFolder))
        {
            var relation = output == source ? "is"
                : Contains(output, source) ? "holds"
                : Contains(source, output) ? "is inside"
                : null;
            if (relation is not null)
            {
                throw new InvalidOperationException($"{output}: the output folder {relation} the source folder {source}; a build replaces its output whole, so give it a folder of its own");
            }
        }
    }

    private static string FullFolder(string path) =>
        Path.TrimEndingDirectorySeparator(Path.GetFullPath(path)) is { Length: > 0 } full ? full : Path.DirectorySeparatorChar.ToString();

    private static bool Contains(string folder, string path) =>
        path.StartsWith(folder.EndsWith(Path.DirectorySeparatorChar) ? folder : folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
