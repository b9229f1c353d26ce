using System.Collections.Immutable;
using ArchiveSite.Core.Content;

namespace ArchiveSite.Core.Import;

/// <summary>The pages already in <c>input/articles/</c>: which seed each came from, and which slugs are taken.</summary>
internal sealed class ExistingPages
{
    private readonly Dictionary<string, ArticlePage> _bySeed = new(StringComparer.Ordinal);
    private readonly HashSet<string> _slugs = new(StringComparer.Ordinal);

    public static async Task<ExistingPages> LoadAsync(string inputDirectory, ImmutableArray<ImportProblem>.Builder problems, CancellationToken cancellationToken)
    {
        var pages = new ExistingPages();
        var articles = Path.Combine(inputDirectory, SeedImporter.ArticlesFolder);
        if (!Directory.Exists(articles))
        {
            return pages;
        }

        var files = Directory.GetFiles(articles, "*.md", SearchOption.AllDirectories);
        Array.Sort(files, StringComparer.Ordinal);
        foreach (var file in files)
        {
            var relative = Path.GetRelativePath(inputDirectory, file).Replace('\\', '/');
            pages._slugs.Add(Path.GetFileNameWithoutExtension(file));
            try
            {
                var page = FrontMatterReader.Read(relative, await File.ReadAllTextAsync(file, cancellationToken));
                pages._slugs.Add(page.FrontMatter.Slug);
                if (page.FrontMatter.Seed is { } seed)
                {
                    pages._bySeed.TryAdd(seed, page);
                }
            }
            catch (ContentFormatException ex)
            {
                problems.Add(new ImportProblem(relative, ex.Message, IsError: false));
            }
        }

        return pages;
    }

    public ArticlePage? FindBySeed(string seed) => _bySeed.GetValueOrDefault(seed);

    /// <summary>The slug, or the slug with the first free "-2", "-3", … suffix; then taken.</summary>
    public string ReserveSlug(string slug)
    {
        var candidate = slug;
        for (var n = 2; !_slugs.Add(candidate); n++)
        {
            candidate = $"{slug}-{n}";
        }

        return candidate;
    }
}
