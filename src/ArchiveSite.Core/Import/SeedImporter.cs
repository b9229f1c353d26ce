using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using ArchiveSite.Core.Content;
using ArchiveSite.Core.Language;
using ArchiveSite.Core.Seeds;

namespace ArchiveSite.Core.Import;

/// <summary>
/// Turns seed documents into Markdown pages under <c>input/articles/YYYY/MM/&lt;slug&gt;.md</c>.
/// A bad seed is reported and skipped; the others go on. A page that already exists for a seed keeps
/// its path and slug; it is rewritten only with <see cref="ImportOptions.Force"/>, so editors' changes
/// survive a re-import. Seeds are taken in file-name order, so slugs and output are deterministic.
/// </summary>
public sealed class SeedImporter(IArticleAnnotator annotator)
{
    public const string ArticlesFolder = "articles";
    public const string UndatedFolder = "undated";

    public async Task<ImportReport> ImportAsync(ImportOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!Directory.Exists(options.SeedsDirectory))
        {
            throw new DirectoryNotFoundException($"{options.SeedsDirectory}: the seeds folder does not exist");
        }

        var problems = ImmutableArray.CreateBuilder<ImportProblem>();
        var seeds = await ReadSeedsAsync(options, problems, cancellationToken);
        if (options.Strict && problems.Any(p => p.IsError))
        {
            return new ImportReport([], problems.ToImmutable());
        }

        var existing = await ExistingPages.LoadAsync(options.InputDirectory, problems, cancellationToken);

        var annotations = annotator.Annotate([.. seeds.Select(ToAnnotationInput)]);
        var pages = ImmutableArray.CreateBuilder<ImportedPage>();
        for (var i = 0; i < seeds.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var seed = seeds[i];
            var page = existing.FindBySeed(seed.FileName);
            if (page is not null && !options.Force)
            {
                pages.Add(new ImportedPage(seed.FileName, page.Path, ImportOutcome.Kept));
                continue;
            }

            var slug = page?.FrontMatter.Slug ?? existing.ReserveSlug(SlugFor(seed));
            var frontMatter = new FrontMatter
            {
                Title = seed.Title,
                Subtitle = seed.Subtitle,
                Date = seed.Date,
                Slug = slug,
                Lang = seed.Language,
                Summary = SummaryMaker.Make(seed.Lead?.Text),
                Tags = [.. annotations[i].Tags],
                Persons = [.. annotations[i].Persons],
                Source = seed.Source,
                ImageCredit = seed.ImageCredit,
                Seed = seed.FileName,
            };
            var path = page?.Path ?? PagePath(frontMatter);
            var outcome = await WritePageAsync(options.InputDirectory, path, FrontMatterWriter.Write(frontMatter, SeedMarkdown.Body(seed)), cancellationToken);
            pages.Add(new ImportedPage(seed.FileName, path, outcome));
        }

        return new ImportReport(pages.ToImmutable(), problems.ToImmutable());
    }

    /// <summary>The page's path relative to the input folder.</summary>
    public static string PagePath(FrontMatter frontMatter) =>
        frontMatter.Date is { } date
            ? $"{ArticlesFolder}/{date:yyyy}/{date:MM}/{frontMatter.Slug}.md"
            : $"{ArticlesFolder}/{UndatedFolder}/{frontMatter.Slug}.md";

    private static async Task<List<SeedDocument>> ReadSeedsAsync(ImportOptions options, ImmutableArray<ImportProblem>.Builder problems, CancellationToken cancellationToken)
    {
        var files = Directory.GetFiles(options.SeedsDirectory, "*.txt");
        Array.Sort(files, StringComparer.Ordinal);
        var seeds = new List<SeedDocument>(files.Length);
        var byContent = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var name = Path.GetFileName(file);
            try
            {
                var text = await SeedReader.ReadAsync(file, cancellationToken);
                var seed = SeedParser.Parse(name, text, options.TimeZone);
                var fingerprint = Fingerprint(seed);
                if (byContent.TryGetValue(fingerprint, out var first))
                {
                    problems.Add(new ImportProblem(name, $"{name}: the same article as {first}; imported once, from {first}", IsError: false));
                    continue;
                }

                byContent[fingerprint] = name;
                seeds.Add(seed);
            }
            catch (SeedFormatException ex)
            {
                problems.Add(new ImportProblem(name, ex.Message, IsError: true));
            }
            catch (IOException ex)
            {
                problems.Add(new ImportProblem(name, $"{name}: cannot be read: {ex.Message}", IsError: true));
            }
        }

        return seeds;
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

    private static async Task<ImportOutcome> WritePageAsync(string inputDirectory, string relativePath, string content, CancellationToken cancellationToken)
    {
        var path = Path.Combine(inputDirectory, relativePath);
        var bytes = Encoding.UTF8.GetBytes(content);
        if (File.Exists(path) && (await File.ReadAllBytesAsync(path, cancellationToken)).AsSpan().SequenceEqual(bytes))
        {
            return ImportOutcome.Unchanged;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + ".tmp";
        await File.WriteAllBytesAsync(temporary, bytes, cancellationToken);
        File.Move(temporary, path, overwrite: true);
        return ImportOutcome.Written;
    }
}
