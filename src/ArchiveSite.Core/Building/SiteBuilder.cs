using System.Collections.Concurrent;
using ArchiveSite.Core.Content;
using ArchiveSite.Core.Output;
using ArchiveSite.Core.Progress;
using ArchiveSite.Core.Search;
using ArchiveSite.Core.Site;
using ArchiveSite.Core.Site.Views;

namespace ArchiveSite.Core.Building;

/// <summary>The build: load input/ → site model → page views → theme → feeds, sitemap → output/. Pages are
/// rendered on every core and streamed into the output's staging area as they come; nothing is visible in
/// the output until every file is written (see <see cref="SiteTransaction"/>).</summary>
/// <remarks>
/// <para>Incremental: the build keeps a manifest beside the output (<see cref="BuildManifest"/>) with the
/// fingerprint of every page's view and the hash of every other file. The next build computes the views again
/// (cheap), renders only the pages whose fingerprint changed, writes only files whose bytes changed, removes
/// files no longer made, and commits those changes together. Without a manifest, with another theme, or with
/// <see cref="BuildOptions.Full"/>, the whole site is written into a fresh folder and swapped in.</para>
/// </remarks>
public sealed class SiteBuilder(ISiteTheme theme)
{
    /// <summary>Tells GitHub Pages to serve the files as they are, without Jekyll.</summary>
    public const string NoJekyllFile = ".nojekyll";

    /// <summary>The engine's part of what made an output: this assembly and the Markdown renderer. Page
    /// fingerprints hash bodies as Markdown, so another renderer must mean a full build.</summary>
    private static readonly string s_engineIdentity = string.Join(
        ' ',
        typeof(SiteBuilder).Assembly.ManifestModule.ModuleVersionId.ToString("N"),
        typeof(Markdig.Markdown).Assembly.ManifestModule.ModuleVersionId.ToString("N"));

    public async Task<BuildReport> BuildAsync(BuildOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        RefuseOverlap(options.OutputDirectory, [options.InputDirectory, .. options.KeepApart]);
        var identity = $"{theme.Identity} {s_engineIdentity}";
        var previous = options.Full ? null : BuildManifest.Read(options.OutputDirectory);
        if (previous is not null && previous.Identity != identity)
        {
            previous = null;
        }

        var searchTerms = options.Search ? options.SearchTerms ?? new SearchTermCache(keep: false) : null;
        var searchStore = SearchKeyStore.PathFor(options.OutputDirectory);
        if (searchTerms is not null && previous is not null && searchTerms.IsEmpty)
        {
            searchTerms.AddStored(searchStore, identity);
        }

        var input = InputLoader.Load(options.InputDirectory, previous?.CheckedBodies, options.InputCache, cancellationToken, searchTerms is null ? null : searchTerms.Observe, options.Progress);
        var problems = input.Problems;
        if (options.Strict && problems.Length > 0)
        {
            return new BuildReport(0, 0, problems, [], Written: false);
        }

        var model = SiteModelBuilder.Build(input.Pages, options.Settings, options.PersonKey);
        var checkedBodies = input.Pages.Select(p => p.Body.Hash).ToHashSet(StringComparer.Ordinal);
        await using var site = await SiteWriter.BeginAsync(options.OutputDirectory, incremental: previous is not null, cancellationToken);
        if (!site.Incremental)
        {
            previous = null;
        }

        var entries = new Dictionary<string, string>(StringComparer.Ordinal);
        SearchIndexSummary? search = null;
        using var store = searchTerms is null ? null : new SearchKeyStore.Writer(searchStore, identity);
        var viewCount = 0;
        var rendered = 0;
        await SiteWriter.Guard(site.Output, async () =>
        {
            // The index before the views: the articles' keys, held since the input was read, and the index's
            // postings are let go before the views and their rendering need the memory.
            if (searchTerms is not null)
            {
                using var indexing = ProgressStage.Start(options.Progress, "indexing for search");
                search = WriteSearchIndex(model, searchTerms, store, previous, entries, site, indexing, cancellationToken);
            }

            var views = new PageViewBuilder(model).All();
            var paths = new string[views.Count];
            var fingerprints = new string[views.Count];
            Parallel.For(0, views.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
            {
                paths[i] = SiteUrls.FileOf(views[i].SitePath);
                fingerprints[i] = BuildManifest.Fingerprint(views[i]);
            });

            entries.EnsureCapacity(entries.Count + views.Count + 1024);
            var changed = new List<PageView>();
            var changedPaths = new List<string>();
            for (var i = 0; i < views.Count; i++)
            {
                AddEntry(entries, paths[i], fingerprints[i]);
                if (previous is null || !previous.Entries.TryGetValue(paths[i], out var key) || key != fingerprints[i])
                {
                    changed.Add(views[i]);
                    changedPaths.Add(paths[i]);
                }
            }

            viewCount = views.Count;
            rendered = changed.Count;
            using (var rendering = ProgressStage.Start(options.Progress, "rendering pages", changed.Count))
            {
                await theme.RenderAsync(changed, (index, html) =>
                {
                    site.Write(changedPaths[index], html);
                    rendering.Advance();
                }, cancellationToken);
            }

            var others = new ConcurrentBag<SiteFile>(theme.Assets);
            others.Add(new SiteFile(NoJekyllFile, Array.Empty<byte>()));
            foreach (var file in SitemapWriter.All(model.Settings.BaseUrl, [.. views.Select(v => (v.SitePath, LastModified(v)))]))
            {
                others.Add(file);
            }

            // A feed is written only when what it is made from changed; its manifest key says what that was.
            var feeds = new (string Path, string Key, SiteFile? File)[AtomFeedWriter.Count(model)];
            Parallel.For(0, feeds.Length, new ParallelOptions { CancellationToken = cancellationToken }, i =>
            {
                var (path, key) = AtomFeedWriter.Source(model, i);
                var unchanged = previous is not null && previous.Entries.TryGetValue(path, out var old) && old == key;
                feeds[i] = (path, key, unchanged ? null : AtomFeedWriter.Feed(model, i));
            });
            foreach (var (path, key, file) in feeds)
            {
                AddEntry(entries, path, key);
                if (file is not null)
                {
                    site.Write(path, file.Content.Span);
                }
            }

            foreach (var file in others)
            {
                var key = BuildManifest.ContentKey(file.Content.Span);
                AddEntry(entries, file.Path, key);

                if (previous is null || !previous.Entries.TryGetValue(file.Path, out var old) || old != key)
                {
                    site.Write(file.Path, file.Content.Span);
                }
            }

            if (previous is not null)
            {
                foreach (var path in previous.Entries.Keys)
                {
                    if (!entries.ContainsKey(path))
                    {
                        site.Delete(path);
                    }
                }
            }

            cancellationToken.ThrowIfCancellationRequested();
            BuildManifest.Delete(site.Output);
            site.Commit();
            new BuildManifest(identity, entries, checkedBodies).Write(site.Output);
            store?.Commit(searchTerms!.Keys);
        });

        return new BuildReport(viewCount, entries.Count, problems, model.Warnings)
        {
            Rendered = rendered,
            Changed = site.WrittenCount,
            Incremental = site.Incremental,
            Search = search,
        };
    }

    /// <summary>Index files are named after their bytes, so a file whose name the previous build wrote is unchanged.</summary>
    private static SearchIndexSummary WriteSearchIndex(SiteModel model, SearchTermCache terms, SearchKeyStore.Writer? store, BuildManifest? previous, Dictionary<string, string> entries, SiteTransaction site, ProgressStage stage, CancellationToken cancellationToken)
    {
        var (files, changed) = (0, 0);
        long bytes = 0;
        var (documents, keys, _) = SearchIndexWriter.Write(model, terms, file =>
        {
            var key = BuildManifest.ContentKey(file.Content.Span);
            AddEntry(entries, file.Path, key);
            files++;
            stage.Advance();
            bytes += file.Content.Length;
            if (previous is null || !previous.Entries.TryGetValue(file.Path, out var old) || old != key)
            {
                site.Write(file.Path, file.Content.Span);
                changed++;
            }
        }, store, cancellationToken);
        return new SearchIndexSummary(documents, keys, files, changed, bytes);
    }

    private static void AddEntry(Dictionary<string, string> entries, string path, string key)
    {
        if (!entries.TryAdd(path, key))
        {
            throw new InvalidOperationException($"The site path '{path}' is made twice.");
        }
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
