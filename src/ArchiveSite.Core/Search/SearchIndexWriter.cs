using System.Buffers;
using System.Collections.Immutable;
using System.IO.Hashing;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using ArchiveSite.Core.Output;
using ArchiveSite.Core.Site;

namespace ArchiveSite.Core.Search;

/// <summary>
/// The search stage: makes the static index of <see cref="SearchIndexLayout"/> from the site model and the
/// articles' text, in-process. Articles are read in blocks on every core and their postings appended in document
/// order, so memory holds the encoded postings (bitmaps for common words) and one block of articles, never the
/// text of the archive. Pure: the same model gives the same bytes.
/// </summary>
public static class SearchIndexWriter
{
    private const int BlockSize = 1024;

    private static readonly JsonWriterOptions s_json = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    /// <summary>The index's files in memory, the meta file last.</summary>
    public static SearchIndex Build(SiteModel model, SearchTermCache? terms = null, CancellationToken cancellationToken = default)
    {
        var files = new List<SiteFile>();
        var (documents, keys, shards) = Write(model, terms ?? new SearchTermCache(), files.Add, cancellationToken);
        return new SearchIndex(files, documents, keys, shards);
    }

    /// <summary>Hands each file of the index to <paramref name="emit"/> as soon as it is made, the meta file last, so
    /// that a large archive's index is never held whole.</summary>
    /// <param name="terms">The keys of the articles read so far; articles it lacks are read from their files.</param>
    /// <exception cref="IOException">An article's body cannot be read or changed during the build.</exception>
    public static (int Documents, int Keys, int Shards) Write(SiteModel model, SearchTermCache terms, Action<SiteFile> emit, CancellationToken cancellationToken = default) =>
        Write(model, terms, emit, store: null, cancellationToken);

    /// <param name="store">Where every article's keys go for the next build, when they are kept.</param>
    internal static (int Documents, int Keys, int Shards) Write(SiteModel model, SearchTermCache terms, Action<SiteFile> emit, SearchKeyStore.Writer? store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentNullException.ThrowIfNull(emit);

        // Oldest first: the model is newest first with undated articles last.
        var documents = model.Articles.Reverse().ToImmutableArray();
        var (postings, articles) = Collect(documents, terms, store, cancellationToken);
        terms.KeepOnly(articles);
        var keys = postings.Keys.Order(StringComparer.Ordinal).ToArray();
        var (firstKeys, shardHashes) = WriteShards(keys, postings, emit);
        var (pageFirstKeys, pageHashes) = WritePages(firstKeys, shardHashes, emit);
        var directories = WriteChunks(documents, emit);
        var facets = WriteFacets(documents, emit);
        var years = documents
            .Where(d => d.FrontMatter.Date is not null)
            .GroupBy(d => d.FrontMatter.Date!.Value.Year)
            .OrderByDescending(g => g.Key)
            .Select(g => (g.Key, g.Count()))
            .ToArray();
        var meta = Json(writer =>
        {
            writer.WriteStartObject();
            writer.WriteNumber("version", SearchIndexLayout.FormatVersion);
            writer.WriteNumber("documents", documents.Length);
            writer.WriteNumber("chunkSize", SearchIndexLayout.ChunkSize);
            writer.WriteNumber("directorySize", SearchIndexLayout.DirectorySize);
            writer.WriteNumber("hashLength", SearchIndexLayout.HashLength);
            writer.WriteStartObject("impact");
            writer.WriteNumber("max", Impact.Max);
            writer.WriteNumber("dense", Impact.DensePlain);
            writer.WriteNumber("denseStrong", Impact.DenseStrong);
            writer.WriteEndObject();
            WriteStrings(writer, "first", pageFirstKeys);
            WriteStrings(writer, "pages", pageHashes);
            WriteStrings(writer, "directories", directories);
            writer.WriteString("facets", facets);
            writer.WriteStartArray("years");
            foreach (var (year, count) in years)
            {
                writer.WriteStartArray();
                writer.WriteNumberValue(year);
                writer.WriteNumberValue(count);
                writer.WriteEndArray();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });
        emit(new SiteFile(SearchIndexLayout.MetaFile, meta));
        return (documents.Length, keys.Length, shardHashes.Count);
    }

    private static (Dictionary<string, PostingBuilder> Postings, HashSet<UInt128> Articles) Collect(ImmutableArray<SiteArticle> documents, SearchTermCache terms, SearchKeyStore.Writer? store, CancellationToken cancellationToken)
    {
        var articles = new HashSet<UInt128>(documents.Length);
        // Postings by key number; the filter keys are numbered in the same set.
        var postings = new List<PostingBuilder?>();
        PostingBuilder Posting(int number)
        {
            while (postings.Count <= number)
            {
                postings.Add(null);
            }

            return postings[number] ??= new PostingBuilder(documents.Length);
        }

        var keys = terms.Keys;
        var block = new DocumentVector[Math.Min(BlockSize, documents.Length)];
        var blockArticles = new UInt128[block.Length];
        for (var start = 0; start < documents.Length; start += BlockSize)
        {
            var count = Math.Min(BlockSize, documents.Length - start);
            Parallel.For(0, count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
                block[i] = terms.For(documents[start + i].FrontMatter, documents[start + i].Body, out blockArticles[i]));

            for (var i = 0; i < count; i++)
            {
                var document = start + i;
                var vector = block[i];
                if (articles.Add(blockArticles[i]))
                {
                    store?.Add(blockArticles[i], vector);
                }

                for (var k = 0; k < vector.Keys.Length; k++)
                {
                    Posting(vector.Keys[k]).Add(document, vector.Flags[k]);
                }

                var article = documents[document];
                var filter = Impact.Flags(1, strong: true);
                foreach (var person in article.Persons.Select(p => p.Name).Distinct(StringComparer.Ordinal))
                {
                    Posting(keys.NumberOf(SearchIndexLayout.PersonKeyPrefix + person)).Add(document, filter);
                }

                foreach (var tag in article.Tags.Select(t => t.Name).Distinct(StringComparer.Ordinal))
                {
                    Posting(keys.NumberOf(SearchIndexLayout.TagKeyPrefix + tag)).Add(document, filter);
                }

                if (article.FrontMatter.Date is { } date)
                {
                    Posting(keys.NumberOf(SearchIndexLayout.YearKeyPrefix + date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture))).Add(document, filter);
                }
            }
        }

        var byKey = new Dictionary<string, PostingBuilder>(StringComparer.Ordinal);
        for (var number = 0; number < postings.Count; number++)
        {
            if (postings[number] is { } posting)
            {
                byKey.Add(keys.KeyOf(number), posting);
            }
        }

        return (byKey, articles);
    }

    private static (List<string> FirstKeys, List<string> Hashes) WriteShards(string[] keys, Dictionary<string, PostingBuilder> postings, Action<SiteFile> emit)
    {
        var encoded = new (byte Encoding, ReadOnlyMemory<byte> Bytes)[keys.Length];
        var sizes = new int[keys.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            var posting = postings[keys[i]];
            encoded[i] = posting.Encoded();
            var keyBytes = Encoding.UTF8.GetByteCount(keys[i]);
            sizes[i] = VarintLength(keyBytes) + keyBytes + VarintLength(posting.Count) + 1 + VarintLength(encoded[i].Bytes.Length) + encoded[i].Bytes.Length;
        }

        var starts = ShardPartitioner.Starts(keys, sizes, ShardPartitioner.ShardLimits);
        var firstKeys = new List<string>(starts.Count);
        var hashes = new List<string>(starts.Count);
        for (var s = 0; s < starts.Count; s++)
        {
            var from = starts[s];
            var to = s + 1 < starts.Count ? starts[s + 1] : keys.Length;
            var length = 5;
            for (var i = from; i < to; i++)
            {
                length += sizes[i];
            }

            var bytes = new byte[length];
            var position = Varint.Write(bytes, (uint)(to - from));
            for (var i = from; i < to; i++)
            {
                var keyBytes = Encoding.UTF8.GetByteCount(keys[i]);
                position += Varint.Write(bytes.AsSpan(position), (uint)keyBytes);
                position += Encoding.UTF8.GetBytes(keys[i], bytes.AsSpan(position));
                position += Varint.Write(bytes.AsSpan(position), (uint)postings[keys[i]].Count);
                bytes[position++] = encoded[i].Encoding;
                position += Varint.Write(bytes.AsSpan(position), (uint)encoded[i].Bytes.Length);
                encoded[i].Bytes.Span.CopyTo(bytes.AsSpan(position));
                position += encoded[i].Bytes.Length;
            }

            var content = bytes.AsMemory(0, position);
            var hash = Hash(content.Span);
            firstKeys.Add(keys[from]);
            hashes.Add(hash);
            emit(new SiteFile(SearchIndexLayout.TermShard(hash), content));
        }

        return (firstKeys, hashes);
    }

    /// <summary>The list of shards in pages cut by their first keys, as the keys are cut into shards.</summary>
    private static (List<string> FirstKeys, List<string> Hashes) WritePages(List<string> firstKeys, List<string> shardHashes, Action<SiteFile> emit)
    {
        var sizes = firstKeys.Select(k => Encoding.UTF8.GetByteCount(k) + SearchIndexLayout.HashLength + 6).ToArray();
        var starts = ShardPartitioner.Starts(firstKeys, sizes, ShardPartitioner.PageLimits);
        var pageFirstKeys = new List<string>(starts.Count);
        var hashes = new List<string>(starts.Count);
        for (var p = 0; p < starts.Count; p++)
        {
            var from = starts[p];
            var count = (p + 1 < starts.Count ? starts[p + 1] : firstKeys.Count) - from;
            var content = Json(writer =>
            {
                writer.WriteStartObject();
                WriteStrings(writer, "first", firstKeys.Skip(from).Take(count));
                WriteStrings(writer, "shards", shardHashes.Skip(from).Take(count));
                writer.WriteEndObject();
            });
            var hash = Hash(content.Span);
            pageFirstKeys.Add(firstKeys[from]);
            hashes.Add(hash);
            emit(new SiteFile(SearchIndexLayout.ShardPage(hash), content));
        }

        return (pageFirstKeys, hashes);
    }

    /// <returns>The hashes of the directory pages.</returns>
    private static List<string> WriteChunks(ImmutableArray<SiteArticle> documents, Action<SiteFile> emit)
    {
        var chunkHashes = new List<string>();
        for (var start = 0; start < documents.Length; start += SearchIndexLayout.ChunkSize)
        {
            var chunk = documents.AsSpan(start, Math.Min(SearchIndexLayout.ChunkSize, documents.Length - start)).ToArray();
            var content = Json(writer =>
            {
                writer.WriteStartArray();
                foreach (var article in chunk)
                {
                    var frontMatter = article.FrontMatter;
                    writer.WriteStartObject();
                    writer.WriteString("u", article.SitePath);
                    writer.WriteString("t", frontMatter.Title);
                    if (frontMatter.Date is { } date)
                    {
                        writer.WriteString("d", date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        writer.WriteNull("d");
                    }

                    writer.WriteString("s", Excerpt(frontMatter.Summary ?? string.Empty));
                    WriteStrings(writer, "p", article.Persons.Select(p => p.Name));
                    WriteStrings(writer, "g", article.Tags.Select(t => t.Name));
                    writer.WriteString("l", frontMatter.Lang);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
            });
            var hash = Hash(content.Span);
            chunkHashes.Add(hash);
            emit(new SiteFile(SearchIndexLayout.Chunk(hash), content));
        }

        var directories = new List<string>();
        for (var start = 0; start < chunkHashes.Count; start += SearchIndexLayout.DirectorySize)
        {
            var names = string.Concat(chunkHashes.Skip(start).Take(SearchIndexLayout.DirectorySize));
            var content = Json(writer => writer.WriteStringValue(names));
            var hash = Hash(content.Span);
            directories.Add(hash);
            emit(new SiteFile(SearchIndexLayout.Directory(hash), content));
        }

        return directories;
    }

    private static string WriteFacets(ImmutableArray<SiteArticle> documents, Action<SiteFile> emit)
    {
        var content = Json(writer =>
        {
            writer.WriteStartObject();
            WriteCounts(writer, "p", documents.SelectMany(d => d.Persons.Select(p => p.Name).Distinct(StringComparer.Ordinal)));
            WriteCounts(writer, "t", documents.SelectMany(d => d.Tags.Select(t => t.Name).Distinct(StringComparer.Ordinal)));
            writer.WriteEndObject();
        });
        var hash = Hash(content.Span);
        emit(new SiteFile(SearchIndexLayout.Facets(hash), content));
        return hash;
    }

    private static void WriteCounts(Utf8JsonWriter writer, string name, IEnumerable<string> names)
    {
        writer.WriteStartArray(name);
        foreach (var group in names.GroupBy(n => n, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal))
        {
            writer.WriteStartArray();
            writer.WriteStringValue(group.Key);
            writer.WriteNumberValue(group.Count());
            writer.WriteEndArray();
        }

        writer.WriteEndArray();
    }

    private static void WriteStrings(Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    private static ReadOnlyMemory<byte> Json(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, s_json))
        {
            write(writer);
        }

        return buffer.WrittenMemory;
    }

    /// <summary>The summary as a result shows it: whole, or cut at a word before <see cref="SearchIndexLayout.SummaryLength"/>.</summary>
    internal static string Excerpt(string summary)
    {
        if (summary.Length <= SearchIndexLayout.SummaryLength)
        {
            return summary;
        }

        var cut = summary.LastIndexOf(' ', SearchIndexLayout.SummaryLength);
        return string.Concat(summary.AsSpan(0, cut > 0 ? cut : SearchIndexLayout.SummaryLength).TrimEnd(",;:—– "), "…");
    }

    private static string Hash(ReadOnlySpan<byte> content) => Convert.ToHexStringLower(XxHash64.Hash(content))[..SearchIndexLayout.HashLength];

    private static int VarintLength(int value) => value < 0x80 ? 1 : value < 0x4000 ? 2 : value < 0x200000 ? 3 : value < 0x10000000 ? 4 : 5;
}

/// <summary>The files of the search index and what they hold.</summary>
/// <param name="Files">Paths inside the site and bytes, the meta file last.</param>
public sealed record SearchIndex(IReadOnlyList<SiteFile> Files, int Documents, int Keys, int Shards);
