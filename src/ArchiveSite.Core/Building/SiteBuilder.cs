using System.Text;
using ArchiveSite.Core.Content;
using ArchiveSite.Core.Output;
using ArchiveSite.Core.Site;

namespace ArchiveSite.Core.Building;

/// <summary>The build: load input/ → site model → page views → theme → output/, each phase finished
/// before the next begins, so nothing is written unless everything rendered.</summary>
public sealed class SiteBuilder(ISiteTheme theme)
{
    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public async Task<BuildReport> BuildAsync(BuildOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var input = await InputLoader.LoadAsync(options.InputDirectory, cancellationToken);
        if (options.Strict && input.Problems.Length > 0)
        {
            return new BuildReport(0, 0, input.Problems, [], Written: false);
        }

        var model = SiteModelBuilder.Build(input.Pages, options.Settings, options.PersonKey);
        var views = new PageViewBuilder(model).All().ToList();
        var html = await theme.RenderAsync(views, cancellationToken);

        var files = new List<SiteFile>(views.Count + theme.Assets.Count);
        for (var i = 0; i < views.Count; i++)
        {
            files.Add(new SiteFile(SiteUrls.FileOf(views[i].SitePath), s_utf8.GetBytes(html[i])));
        }

        files.AddRange(theme.Assets);
        files.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        await SiteWriter.WriteAsync(options.OutputDirectory, files, cancellationToken);
        return new BuildReport(views.Count, files.Count, input.Problems, model.Warnings);
    }
}
