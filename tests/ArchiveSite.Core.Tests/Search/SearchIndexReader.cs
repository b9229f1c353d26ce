using System.Text;
using System.Text.Json;
using ArchiveSite.Core.Output;
using ArchiveSite.Core.Search;

namespace ArchiveSite.Core.Tests.Search;

/// <summary>Reads an index as the search page's script does, for the tests: the meta file, every shard's keys and
/// postings, and the document records.</summary>
internal sealed class SearchIndexReader
{
    public SearchIndexReader(IReadOnlyList<SiteFile> files)
    {
        Files = files.ToDictionary(f => f.Path, f => f.Content.ToArray(), StringComparer.Ordinal);
        Meta = JsonDocument.Parse(Files[SearchIndexLayout.MetaFile]).RootElement;
        Documents = Meta.GetProperty("documents").GetInt32();
        foreach (var page in Meta.GetProperty("pages").EnumerateArray().Select(h => h.GetString()!))
        {
            var shards = JsonDocument.Parse(Files[SearchIndexLayout.ShardPage(page)]).RootElement;
            var first = shards.GetProperty("first").EnumerateArray().Select(k => k.GetString()!).ToList();
            foreach (var (hash, i) in shards.GetProperty("shards").EnumerateArray().Select((h, i) => (h.GetString()!, i)))
            {
                var keys = ReadShard(Files[SearchIndexLayout.TermShard(hash)]);
                Assert.Equal(first[i], keys[0]);
            }
        }
    }

    public Dictionary<string, byte[]> Files { get; }

    public JsonElement Meta { get; }

    public int Documents { get; }

    /// <summary>Key → (document, impact, strong) in document order, and the encoding it was stored with.</summary>
    public Dictionary<string, (byte Encoding, List<(int Document, int Impact, bool Strong)> Postings)> Keys { get; } = new(StringComparer.Ordinal);

    public List<JsonElement> Records()
    {
        var records = new List<JsonElement>();
        foreach (var directory in Meta.GetProperty("directories").EnumerateArray().Select(d => d.GetString()!))
        {
            var names = JsonSerializer.Deserialize<string>(Files[SearchIndexLayout.Directory(directory)])!;
            for (var at = 0; at < names.Length; at += SearchIndexLayout.HashLength)
            {
                records.AddRange(JsonDocument.Parse(Files[SearchIndexLayout.Chunk(names.Substring(at, SearchIndexLayout.HashLength))]).RootElement.EnumerateArray());
            }
        }

        return records;
    }

    public int[] DocumentsOf(string key) => Keys.TryGetValue(key, out var entry) ? [.. entry.Postings.Select(p => p.Document)] : [];

    /// <returns>The shard's keys, which must be sorted.</returns>
    private List<string> ReadShard(byte[] bytes)
    {
        var read = new List<string>();
        var at = 0;
        var count = Read(bytes, ref at);
        for (var i = 0; i < count; i++)
        {
            var keyLength = Read(bytes, ref at);
            var key = Encoding.UTF8.GetString(bytes, at, keyLength);
            at += keyLength;
            var documents = Read(bytes, ref at);
            var encoding = bytes[at++];
            var length = Read(bytes, ref at);
            var posting = bytes.AsSpan(at, length);
            at += length;
            var postings = encoding == 0 ? Sparse(posting) : Dense(posting);
            Assert.Equal(documents, postings.Count);
            Keys.Add(key, (encoding, postings));
            read.Add(key);
        }

        Assert.Equal(bytes.Length, at);
        Assert.Equal(read.Order(StringComparer.Ordinal), read);
        return read;
    }

    private static List<(int, int, bool)> Sparse(ReadOnlySpan<byte> posting)
    {
        var list = new List<(int, int, bool)>();
        var document = -1;
        var at = 0;
        var bytes = posting.ToArray();
        while (at < bytes.Length)
        {
            document += Read(bytes, ref at);
            var flags = bytes[at++];
            list.Add((document, flags & 0x7F, (flags & 0x80) != 0));
        }

        return list;
    }

    private List<(int, int, bool)> Dense(ReadOnlySpan<byte> posting)
    {
        var half = posting.Length / 2;
        Assert.Equal((Documents + 7) / 8, half);
        var list = new List<(int, int, bool)>();
        for (var d = 0; d < Documents; d++)
        {
            if ((posting[d >> 3] & (1 << (d & 7))) != 0)
            {
                var strong = (posting[half + (d >> 3)] & (1 << (d & 7))) != 0;
                list.Add((d, strong ? Meta.GetProperty("impact").GetProperty("denseStrong").GetInt32() : Meta.GetProperty("impact").GetProperty("dense").GetInt32(), strong));
            }
        }

        return list;
    }

    private static int Read(byte[] bytes, ref int at)
    {
        var value = 0;
        for (var shift = 0; ; shift += 7)
        {
            var b = bytes[at++];
            value |= (b & 0x7F) << shift;
            if (b < 0x80)
            {
                return value;
            }
        }
    }
}
