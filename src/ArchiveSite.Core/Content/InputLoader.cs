using System.Collections.Immutable;

namespace ArchiveSite.Core.Content;

/// <summary>Loads the article pages of an input folder. A page that cannot be read is reported and left out.</summary>
public static class InputLoader
{
    public const string ArticlesFolder = "articles";

    public static async Task<InputContent> LoadAsync(string inputDirectory, CancellationToken cancellationToken = default)
    {
        if (!Directory.Exists(inputDirectory))
        {
            throw new DirectoryNotFoundException($"{inputDirectory}: the input folder does not exist");
        }

        var articles = Path.Combine(inputDirectory, ArticlesFolder);
        var files = Directory.Exists(articles) ? Directory.GetFiles(articles, "*.md", SearchOption.AllDirectories) : [];
        Array.Sort(files, StringComparer.Ordinal);
        var pages = new ArticlePage?[files.Length];
        var errors = new ContentFormatException?[files.Length];
        await Parallel.ForAsync(0, files.Length, cancellationToken, async (i, token) =>
        {
            var relative = Path.GetRelativePath(inputDirectory, files[i]).Replace('\\', '/');
            try
            {
                var text = await File.ReadAllTextAsync(files[i], token);
                var page = FrontMatterReader.Read(relative, text);
                MarkdownRenderer.Validate(relative, page.Body, BodyLine(text, page.Body));
                pages[i] = page;
            }
            catch (ContentFormatException ex)
            {
                errors[i] = ex;
            }
        });

        return new InputContent(
            [.. pages.OfType<ArticlePage>()],
            [.. errors.OfType<ContentFormatException>().Select(e => e.Message)]);
    }

    /// <summary>The line of the page's text where its body starts.</summary>
    private static int BodyLine(string text, string body)
    {
        var lines = 1;
        foreach (var c in text.AsSpan(0, Math.Max(0, text.Length - body.Length)))
        {
            lines += c == '\n' ? 1 : 0;
        }

        return lines;
    }
}

/// <param name="Pages">The pages read, in path order.</param>
/// <param name="Problems">One message per page that could not be read, naming file, line and column.</param>
public sealed record InputContent(ImmutableArray<ArticlePage> Pages, ImmutableArray<string> Problems);
