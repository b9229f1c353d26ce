using System.IO.Hashing;
using System.Text;
using ArchiveSite.Core.Content;

namespace ArchiveSite.Core.Search;

/// <summary>
/// The index keys of every article of the last build, kept beside the output (<c>output.search-keys</c>), so that
/// the next build stems only the articles that changed. A cache: an article is known by a hash of everything its
/// keys are made from, so a stale or foreign entry is never used, and a file that cannot be read is ignored.
/// Layout: a header (magic, the engine's identity), the articles (a 16-byte hash, the number of keys, then each
/// key's number and flags), the keys' table (their text by number), and a trailer with the table's offset.
/// </summary>
internal static class SearchKeyStore
{
    private const string Suffix = ".search-keys";
    private const uint Magic = 0x314B5341; // "ASK1"

    public static string PathFor(string outputDirectory) => Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar) + Suffix;

    /// <summary>What an article's keys are made from: its language, headline, subtitle, summary, persons, tags and body.</summary>
    public static UInt128 ArticleKey(FrontMatter frontMatter, string bodyHash)
    {
        var hash = new XxHash128();
        void Add(string? text)
        {
            hash.Append(Encoding.UTF8.GetBytes(text ?? string.Empty));
            hash.Append([0]);
        }

        Add(frontMatter.Lang);
        Add(frontMatter.Title);
        Add(frontMatter.Subtitle);
        Add(frontMatter.Summary);
        Add(string.Join('\u0001', frontMatter.Persons));
        Add(string.Join('\u0001', frontMatter.Tags));
        Add(bodyHash);
        return hash.GetCurrentHashAsUInt128();
    }

    /// <summary>The articles' keys stored for this engine, numbered in <paramref name="keys"/>; none when the file
    /// is missing, from another engine, or damaged.</summary>
    public static Dictionary<UInt128, DocumentVector> Read(string path, string identity, SearchKeys keys)
    {
        try
        {
            return File.Exists(path) ? ReadFile(path, identity, keys) : [];
        }
        catch (Exception e) when (e is IOException or EndOfStreamException or InvalidDataException or UnauthorizedAccessException or ArgumentException or OverflowException)
        {
            return [];
        }
    }

    private static Dictionary<UInt128, DocumentVector> ReadFile(string path, string identity, SearchKeys keys)
    {
        using var stream = new BufferedStream(File.OpenRead(path), 1 << 16);
        using var reader = new BinaryReader(stream, Encoding.UTF8);
        if (reader.ReadUInt32() != Magic || reader.ReadString() != identity)
        {
            return [];
        }

        var articlesStart = stream.Position;
        stream.Seek(-sizeof(long), SeekOrigin.End);
        var tableStart = reader.ReadInt64();
        stream.Seek(tableStart, SeekOrigin.Begin);
        var numbers = new int[reader.Read7BitEncodedInt()];
        for (var i = 0; i < numbers.Length; i++)
        {
            numbers[i] = keys.NumberOf(reader.ReadString());
        }

        stream.Seek(articlesStart, SeekOrigin.Begin);
        var vectors = new Dictionary<UInt128, DocumentVector>();
        while (stream.Position < tableStart)
        {
            var article = new UInt128(reader.ReadUInt64(), reader.ReadUInt64());
            var count = reader.Read7BitEncodedInt();
            var articleKeys = new int[count];
            var flags = new byte[count];
            for (var i = 0; i < count; i++)
            {
                articleKeys[i] = numbers[reader.Read7BitEncodedInt()];
                flags[i] = reader.ReadByte();
            }

            vectors[article] = new DocumentVector(articleKeys, flags);
        }

        return vectors;
    }

    /// <summary>Writes a new store beside the old one, articles as they come; <see cref="Commit"/> puts it in place.</summary>
    public sealed class Writer : IDisposable
    {
        private readonly string _path;
        private readonly string _temporary;
        private readonly BinaryWriter _writer;
        private bool _committed;

        public Writer(string path, string identity)
        {
            _path = path;
            _temporary = path + ".tmp";
            _writer = new BinaryWriter(new BufferedStream(File.Create(_temporary), 1 << 16), Encoding.UTF8);
            _writer.Write(Magic);
            _writer.Write(identity);
        }

        public void Add(UInt128 article, DocumentVector vector)
        {
            _writer.Write((ulong)(article >> 64));
            _writer.Write((ulong)article);
            _writer.Write7BitEncodedInt(vector.Keys.Length);
            for (var i = 0; i < vector.Keys.Length; i++)
            {
                _writer.Write7BitEncodedInt(vector.Keys[i]);
                _writer.Write(vector.Flags[i]);
            }
        }

        /// <summary>Writes the keys' table and moves the file into place.</summary>
        public void Commit(SearchKeys keys)
        {
            _writer.Flush();
            var tableStart = _writer.BaseStream.Position;
            var count = keys.Count;
            _writer.Write7BitEncodedInt(count);
            for (var i = 0; i < count; i++)
            {
                _writer.Write(keys.KeyOf(i));
            }

            _writer.Write(tableStart);
            _writer.Dispose();
            File.Move(_temporary, _path, overwrite: true);
            _committed = true;
        }

        public void Dispose()
        {
            _writer.Dispose();
            if (!_committed)
            {
                File.Delete(_temporary);
            }
        }
    }
}
