using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using ArchiveSite.Core.Content;
using ArchiveSite.Core.Language;
using ArchiveSite.Core.Progress;
using ArchiveSite.Core.Seeds;

namespace ArchiveSite.Core.Import;

/// <summary>
/// Turns seed documents into Markdown pages under <c>input/articles/YYYY/MM/&lt;slug&gt;.md</c>.
/// A bad seed is reported and skipped; the others go on. Seeds are taken in file-name order, so slugs
/// and pages are deterministic, and re-importing an unchanged seed changes no byte.
/// Import keeps what it wrote last time in a few pack files under <c>input/_imported/</c> (<see cref="ImportSnapshots"/>):
/// when a seed changes, its page is rewritten if no editor touched it, and merged field by field if one did
/// (<see cref="PageMerge"/>), so editors' changes survive. A page keeps its path and slug once written, so its URL is stable.
/// </summary>
public sealed class SeedImporter(IArticleAnnotator annotator)
{
    public const string ArticlesFolder = "articles";
    public const string UndatedFolder = "undated";
    public const string SnapshotsFolder = "_imported";

    /// <summary>Room for the header lines in the front matter, leaving the rest for summary, tags and persons.</summary>
    public const int MaxHeaderLength = FrontMatterReader.MaxFrontMatterLength / 2;

    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public async Task<ImportReport> ImportAsync(ImportOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!Directory.Exists(options.SeedsDirectory))
        {
            throw new DirectoryNotFoundException($"{options.SeedsDirectory}: the seeds folder does not exist");
        }

        var problems = ImmutableArray.CreateBuilder<ImportProblem>();
        var seeds = ReadSeeds(options, problems, cancellationToken);
        if (options.Strict && problems.Any(p => p.IsError))
        {
            return new ImportReport([], problems.ToImmutable());
        }

        var existing = await ExistingPages.LoadAsync(options.InputDirectory, problems, cancellationToken);
        var snapshots = ImportSnapshots.Load(options.InputDirectory, seeds.Select(s => s.FileName), problems, cancellationToken);
        IReadOnlyList<ArticleAnnotation> annotations;
        using (var finding = ProgressStage.Start(options.Progress, "finding persons and tags"))
        {
            // One batch, so that names learnt from one article help the others: counted when it is done.
            annotations = annotator.Annotate([.. seeds.Select(ToAnnotationInput)]);
            finding.Advance(seeds.Count);
        }

        // Slugs are reserved in seed order, so that they stay stable; the pages, each with its own paths,
        // are then placed in parallel, and their problems reported in seed order.
        var placements = new (ArticlePage? Current, ArticlePage? Generated, string? Unreadable)[seeds.Count];
        for (var i = 0; i < seeds.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var seed = seeds[i];
            var current = existing.FindBySeed(seed.FileName);
            if (current is null && UnreadablePageOf(options, snapshots.Get(seed.FileName), seed.FileName) is { } unreadable)
            {
                problems.Add(new ImportProblem(seed.FileName, $"{unreadable}: the page of {seed.FileName} cannot be read; it is left as it is and no second page is made for the seed (fix the page, then import again)", IsError: false));
                placements[i] = (null, null, unreadable);
                continue;
            }

            var slug = current?.FrontMatter.Slug ?? existing.ReserveSlug(SlugFor(seed));
            var frontMatter = FrontMatterOf(seed, slug, annotations[i]);
            placements[i] = (current, new ArticlePage(current?.Path ?? PagePath(frontMatter), frontMatter, SeedMarkdown.Body(seed)), null);
        }

        // Placed a pack at a time: a pack is written as soon as its seeds are placed.
        var writer = new AtomicWriter();
        var outcomes = new ImportOutcome[seeds.Count];
        var placementProblems = new ImmutableArray<ImportProblem>.Builder?[seeds.Count];
        var byPack = Enumerable.Range(0, seeds.Count).GroupBy(i => SnapshotPack.ShardOf(seeds[i].FileName)).ToArray();
        using var writing = ProgressStage.Start(options.Progress, "writing pages", seeds.Count);
        Parallel.For(0, byPack.Length, new ParallelOptions { CancellationToken = cancellationToken }, p =>
        {
            foreach (var i in byPack[p])
            {
                var own = ImmutableArray.CreateBuilder<ImportProblem>();
                outcomes[i] = placements[i].Generated is { } generated
                    ? Place(options, snapshots, writer, placements[i].Current, generated, own)
                    : ImportOutcome.Kept;
                placementProblems[i] = own;
                writing.Advance();
            }

            snapshots.Save(byPack[p].Key, writer);
        });
        snapshots.SaveAll(writer, cancellationToken);
        writing.Finish();

        var pages = ImmutableArray.CreateBuilder<ImportedPage>(seeds.Count);
        for (var i = 0; i < seeds.Count; i++)
        {
            pages.Add(new ImportedPage(seeds[i].FileName, placements[i].Generated?.Path ?? placements[i].Unreadable!, outcomes[i]));
            problems.AddRange(placementProblems[i]!);
        }

        return new ImportReport(pages.MoveToImmutable(), problems.ToImmutable());
    }

    /// <summary>The page's path relative to the input folder.</summary>
    public static string PagePath(FrontMatter frontMatter) =>
        frontMatter.Date is { } date
            ? $"{ArticlesFolder}/{date:yyyy}/{date:MM}/{frontMatter.Slug}.md"
            : $"{ArticlesFolder}/{UndatedFolder}/{frontMatter.Slug}.md";

    private static ImportOutcome Place(ImportOptions options, ImportSnapshots snapshots, AtomicWriter writer, ArticlePage? current, ArticlePage generated, ImmutableArray<ImportProblem>.Builder problems)
    {
        var seed = generated.FrontMatter.Seed!;
        var generatedText = FrontMatterWriter.Write(generated.FrontMatter, generated.Body);
        var pagePath = Path.Combine(options.InputDirectory, generated.Path);
        var currentText = current is null ? null : File.ReadAllText(pagePath);
        var snapshotText = snapshots.Get(seed);

        ImportOutcome outcome;
        string pageText;
        if (currentText is null || options.Force || currentText == snapshotText)
        {
            (outcome, pageText) = (currentText == generatedText ? ImportOutcome.Unchanged : ImportOutcome.Written, generatedText);
        }
        else if (snapshotText is null || snapshotText == generatedText)
        {
            // Edited by hand, and the seed is as it was (or import's last output is unknown): keep it.
            (outcome, pageText) = (ImportOutcome.Kept, currentText);
        }
        else
        {
            var previous = FrontMatterReader.Read(generated.Path, snapshotText);
            var (frontMatter, body, bodyConflict) = PageMerge.Merge(previous, current!, generated);
            if (bodyConflict)
            {
                problems.Add(new ImportProblem(seed, $"{generated.Path}: the seed {seed} changed, but so did the page's text; the edited text is kept, the seed's new text is in {ImportSnapshots.PathOf(seed)}", IsError: false));
            }

            (outcome, pageText) = (ImportOutcome.Merged, FrontMatterWriter.Write(frontMatter, body));
        }

        if (pageText != currentText)
        {
            writer.Write(pagePath, s_utf8.GetBytes(pageText));
        }

        if (generatedText != snapshotText)
        {
            snapshots.Set(seed, generatedText);
        }

        return outcome;
    }

    /// <summary>The page import last wrote for a seed, when it is still there but cannot be read (an editor
    /// broke its front matter); null when there is none.</summary>
    private static string? UnreadablePageOf(ImportOptions options, string? snapshotText, string seed)
    {
        if (snapshotText is null)
        {
            return null;
        }

        try
        {
            var snapshot = FrontMatterReader.Read(seed, snapshotText);
            var pagePath = PagePath(snapshot.FrontMatter);
            return File.Exists(Path.Combine(options.InputDirectory, pagePath)) ? pagePath : null;
        }
        catch (ContentFormatException)
        {
            return null;
        }
    }

    private static FrontMatter FrontMatterOf(SeedDocument seed, string slug, ArticleAnnotation annotation) => new()
    {
        Title = seed.Title,
        Subtitle = seed.Subtitle,
        Date = seed.Date,
        Slug = slug,
        Lang = seed.Language,
        Summary = SummaryMaker.Make(seed.Lead?.Text),
        Tags = [.. annotation.Tags],
        Persons = [.. annotation.Persons],
        Source = seed.Source,
        ImageCredit = seed.ImageCredit,
        Seed = seed.FileName,
    };

    private static List<SeedDocument> ReadSeeds(ImportOptions options, ImmutableArray<ImportProblem>.Builder problems, CancellationToken cancellationToken)
    {
        var files = Directory.GetFiles(options.SeedsDirectory, "*.txt");
        Array.Sort(files, StringComparer.Ordinal);

        // Read and parse in parallel; then, in file order, keep the first of any duplicates.
        var parsed = new (SeedDocument? Seed, string? Fingerprint, ImportProblem? Problem)[files.Length];
        using var reading = ProgressStage.Start(options.Progress, "reading seeds", files.Length);
        Parallel.For(0, files.Length, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            var name = Path.GetFileName(files[i]);
            try
            {
                var text = SeedReader.Decode(name, File.ReadAllBytes(files[i]));
                var seed = SeedParser.Parse(name, text, options.TimeZone);
                RefuseOversizedHeader(seed);
                parsed[i] = (seed, Fingerprint(seed), null);
            }
            catch (SeedFormatException ex)
            {
                parsed[i] = (null, null, new ImportProblem(name, ex.Message, IsError: true));
            }
            catch (IOException ex)
            {
                parsed[i] = (null, null, new ImportProblem(name, $"{name}: cannot be read: {ex.Message}", IsError: true));
            }

            reading.Advance();
        });
        reading.Finish();

        var seeds = new List<SeedDocument>(files.Length);
        var byContent = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (seed, fingerprint, problem) in parsed)
        {
            if (problem is not null)
            {
                problems.Add(problem);
                continue;
            }

            var name = seed!.FileName;
            if (byContent.TryGetValue(fingerprint!, out var first))
            {
                problems.Add(new ImportProblem(name, $"{name}: the same article as {first}; imported once, from {first}", IsError: false));
                continue;
            }

            byContent[fingerprint!] = name;
            problems.AddRange(seed.Warnings.Select(w => new ImportProblem(name, w, IsError: false)));
            seeds.Add(seed);
        }

        return seeds;
    }

    /// <summary>The headline, sub-headline, credit and source go into the page's front matter, which the build
    /// reads only up to <see cref="FrontMatterReader.MaxFrontMatterLength"/>. A seed whose header lines
    /// would not fit (most often a whole article on one line) is refused, rather than written as a page the
    /// build cannot read and a re-import cannot recognise.</summary>
    private static void RefuseOversizedHeader(SeedDocument seed)
    {
        var header = new FrontMatter { Title = seed.Title, Subtitle = seed.Subtitle, Slug = "s", Lang = seed.Language, ImageCredit = seed.ImageCredit, Source = seed.Source };
        var length = FrontMatterWriter.Write(header, string.Empty).Length;
        if (length > MaxHeaderLength)
        {
            throw new SeedFormatException(seed.FileName, null, $"the headline and sub-headline take {length / 1024} KB, more than a page's front matter holds ({MaxHeaderLength / 1024} KB); is the seed missing its line breaks?");
        }
    }

    private static string SlugFor(SeedDocument seed)
    {
        var slug = SlugMaker.Slugify(seed.Title);
        return slug.Length > 0 ? slug : "article";
    }

    private static AnnotationInput ToAnnotationInput(SeedDocument seed) =>
        new(seed.FileName, seed.Language, seed.Title, seed.Subtitle, [.. seed.Body.Select(p => p.Text)]);

    private static string Fingerprint(SeedDocument seed)
    {
        var text = string.Join('\n', seed.Body.Select(p => p.Text).Prepend(seed.Title));
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
