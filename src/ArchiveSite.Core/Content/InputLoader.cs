using System.Collections.Immutable;
using System.Text;
using ArchiveSite.Core.Progress;

namespace ArchiveSite.Core.Content;

/// <summary>Loads the article pages of an input folder. A page that cannot be read is reported and left out.
/// Bodies stay in their files (<see cref="ArticleBody"/>); each is checked to render, unless a body with its
/// hash was checked by an earlier build.</summary>
public static class InputLoader
{
    public const string ArticlesFolder = "articles";

    /// <summary>UTF-8 that refuses bytes that are not UTF-8 instead of turning them into U+FFFD.</summary>
    internal static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <param name="checkedBodies">Hashes of bodies known to render (from the last build), or null.</param>
    /// <param name="cache">Pages this process read before; unchanged files are taken from it, and it is
    /// brought up to date.</param>
    /// <param name="bodyRead">Called with every page read from its file and its body's Markdown, from any thread,
    /// for a later stage that needs the text (pages taken from <paramref name="cache"/> are not read).</param>
    /// <param name="progress">Told of the stage "reading pages", or null.</param>
    public static InputContent Load(string inputDirectory, IReadOnlySet<string>? checkedBodies = null, InputCache? cache = null, CancellationToken cancellationToken = default, Action<InputPage, string>? bodyRead = null, IWorkProgress? progress = null)
    {
        if (!Directory.Exists(inputDirectory))
        {
            throw new DirectoryNotFoundException($"{inputDirectory}: the input folder does not exist");
        }

        var articles = Path.Combine(inputDirectory, ArticlesFolder);
        var files = Directory.Exists(articles) ? Directory.GetFiles(articles, "*.md", SearchOption.AllDirectories) : [];
        Array.Sort(files, StringComparer.Ordinal);
        var pages = new InputPage?[files.Length];
        var stamps = new (long Length, DateTime ModifiedUtc)[files.Length];
        var errors = new ContentFormatException?[files.Length];
        using var reading = ProgressStage.Start(progress, "reading pages", files.Length);
        Parallel.For(0, files.Length, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            var relative = Path.GetRelativePath(inputDirectory, files[i]).Replace('\\', '/');
            try
            {
                if (cache is not null)
                {
                    // The file's size and time are taken before it is read: a change made meanwhile shows next time.
                    var info = new FileInfo(files[i]);
                    stamps[i] = (info.Length, info.LastWriteTimeUtc);
                    if (cache.Find(files[i], stamps[i].Length, stamps[i].ModifiedUtc) is { } known)
                    {
                        pages[i] = known;
                        return;
                    }
                }

                var text = Decode(relative, File.ReadAllBytes(files[i]));
                var page = FrontMatterReader.Read(relative, text);
                var body = text.EndsWith(page.Body, StringComparison.Ordinal)
                    ? ArticleBody.InFile(files[i], StrictUtf8.GetByteCount(text.AsSpan(0, text.Length - page.Body.Length)), page.Body)
                    : ArticleBody.Of(page.Body);
                if (checkedBodies?.Contains(body.Hash) != true)
                {
                    MarkdownRenderer.Validate(relative, page.Body, BodyLine(text, page.Body));
                }

                pages[i] = new InputPage(page.Path, page.FrontMatter, body);
                bodyRead?.Invoke(pages[i]!, page.Body);
            }
            catch (ContentFormatException ex)
            {
                errors[i] = ex;
            }
            finally
            {
                reading.Advance();
            }
        });
        reading.Finish();

        cache?.Replace(Enumerable.Range(0, files.Length).Where(i => pages[i] is not null).Select(i => (files[i], stamps[i].Length, stamps[i].ModifiedUtc, pages[i]!)));
        return new InputContent(
            [.. pages.OfType<InputPage>()],
            [.. errors.OfType<ContentFormatException>().Select(e => e.Message)]);
    }

    /// <summary>The page's text, read as UTF-8. Bytes that are not UTF-8 (a page saved as Windows-1251, say)
    /// are reported at their line and column instead of turning silently into U+FFFD on the site.</summary>
    /// <exception cref="ContentFormatException">The page is not valid UTF-8.</exception>
    private static string Decode(string path, byte[] bytes)
    {
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            var at = Math.Clamp(ex.Index, 0, bytes.Length);
            var lineStart = Array.LastIndexOf(bytes, (byte)'\n', Math.Max(0, at - 1)) + 1;
            if (at == 0)
            {
                lineStart = 0;
            }

            var line = 1 + bytes.AsSpan(0, lineStart).Count((byte)'\n');
            var column = 1 + Encoding.UTF8.GetCharCount(bytes.AsSpan(lineStart, at - lineStart));
            throw new ContentFormatException(path, line, column, "the page is not valid UTF-8 (saved in another encoding?); save it as UTF-8", ex);
        }
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
public sealed record InputContent(ImmutableArray<InputPage> Pages, ImmutableArray<string> Problems);
