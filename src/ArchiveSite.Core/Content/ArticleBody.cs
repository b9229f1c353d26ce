using System.Buffers;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using System.Text;

namespace ArchiveSite.Core.Content;

/// <summary>
/// The Markdown body of an article, known by a hash of its text. A body loaded from <c>input/</c> stays in its
/// file until its page is rendered, so a build holds front matter, not text, for every article of the archive;
/// the hash tells the incremental build whether the page's body changed.
/// </summary>
public sealed class ArticleBody
{
    private readonly string? _text;
    private readonly string? _file;
    private readonly long _byteOffset;

    private ArticleBody(string hash, string? text, string? file, long byteOffset)
    {
        Hash = hash;
        _text = text;
        _file = file;
        _byteOffset = byteOffset;
    }

    /// <summary>A hash of the Markdown text: two bodies with one hash have the same text.</summary>
    public string Hash { get; }

    /// <summary>A body held in memory.</summary>
    public static ArticleBody Of(string markdown) => new(HashOf(markdown), markdown, null, 0);

    /// <summary>A body read again from <paramref name="file"/>, from <paramref name="byteOffset"/> to the end,
    /// when its page is rendered; <paramref name="markdown"/> is its text now, for the hash.</summary>
    public static ArticleBody InFile(string file, long byteOffset, string markdown) => new(HashOf(markdown), null, file, byteOffset);

    public static string HashOf(string markdown) =>
        Convert.ToHexStringLower(XxHash128.Hash(MemoryMarshal.AsBytes((markdown ?? throw new ArgumentNullException(nameof(markdown))).AsSpan())));

    /// <summary>The Markdown text.</summary>
    /// <exception cref="IOException">The file cannot be read, or changed since the body was loaded.</exception>
    public string ReadMarkdown()
    {
        if (_text is not null)
        {
            return _text;
        }

        using var handle = File.OpenHandle(_file!, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        var length = RandomAccess.GetLength(handle) - _byteOffset;
        if (length is < 0 or > int.MaxValue)
        {
            throw Changed();
        }

        var bytes = ArrayPool<byte>.Shared.Rent((int)length);
        try
        {
            var read = 0;
            while (read < length)
            {
                var n = RandomAccess.Read(handle, bytes.AsSpan(read, (int)length - read), _byteOffset + read);
                if (n == 0)
                {
                    throw Changed();
                }

                read += n;
            }

            string text;
            try
            {
                text = InputLoader.StrictUtf8.GetString(bytes, 0, read);
            }
            catch (DecoderFallbackException ex)
            {
                throw Changed(ex);
            }

            return HashOf(text) == Hash ? text : throw Changed();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    /// <summary>The body as HTML (see <see cref="MarkdownRenderer"/>).</summary>
    /// <exception cref="IOException">The file cannot be read, or changed since the body was loaded.</exception>
    public string ToHtml() => MarkdownRenderer.ToHtml(ReadMarkdown());

    private IOException Changed(Exception? inner = null) => new($"{_file}: the page changed while the site was being built; build again", inner);
}
