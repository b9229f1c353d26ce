using ArchiveSite.Core.Site;

namespace ArchiveSite.Core.Search;

/// <summary>
/// Where the search index lives in the site and how its files are made; the search page's script
/// (<c>assets/search/index.js</c>) reads the same layout.
/// </summary>
/// <remarks>
/// <para><c>search/index/meta.json</c> is the only file with a fixed name (the script fetches it with
/// <c>cache: "no-cache"</c>); every other file is named after a hash of its bytes, so it can be cached for ever and a
/// rebuild writes only the files whose bytes changed.</para>
/// <para>Documents are numbered oldest first (undated ones before all others), so a new article takes the next
/// number and leaves every other posting as it was; "newest first" is the highest number first, and a year is a
/// range of numbers.</para>
/// <list type="bullet">
/// <item><c>t/&lt;hash&gt;.bin</c> — a term shard: the keys of a run of sorted keys with their postings. Binary,
/// unsigned LEB128 varints: key count; then per key its UTF-8 length and bytes, its document count, its encoding
/// (0 sparse, 1 dense), the posting's byte length and the posting. A sparse posting is, per document, the gap from
/// the previous number (the first from -1) and one byte: bit 7 set when the word is in the headline, a person's or
/// a tag's name, bits 0–6 its impact (1–127). A dense posting is two bitmaps of <c>ceil(documents / 8)</c> bytes
/// (bit <c>n % 8</c> of byte <c>n / 8</c>): the documents with the word, then those with it in a strong field.</item>
/// <item><c>p/&lt;hash&gt;.json</c> — a page of the shard list: <c>{"first": [first key of each shard], "shards": [hash of each]}</c>;
/// <c>meta.json</c> lists the pages the same way (<c>"first"</c>, <c>"pages"</c>), so it stays small for any archive.</item>
/// <item><c>d/&lt;hash&gt;.json</c> — a chunk of <see cref="ChunkSize"/> document records:
/// <c>[{"u": site path, "t": headline, "d": "YYYY-MM-DD" or null, "s": summary, "p": [persons], "g": [tags], "l": language}]</c>.</item>
/// <item><c>c/&lt;hash&gt;.json</c> — a directory page: the hashes of <see cref="DirectorySize"/> chunks, one string.</item>
/// <item><c>f/&lt;hash&gt;.json</c> — the facets: <c>{"p": [[person, articles]], "t": [[tag, articles]]}</c>, most used first.</item>
/// </list>
/// <para>Filters are postings too, under keys that no word can have: <see cref="PersonKeyPrefix"/> and
/// <see cref="TagKeyPrefix"/> before the name as the site shows it, <see cref="YearKeyPrefix"/> before the year.</para>
/// </remarks>
public static class SearchIndexLayout
{
    /// <summary>The folder of the index inside the site.</summary>
    public const string Folder = SiteUrls.SearchIndexFolder;

    public const string MetaFile = Folder + "meta.json";

    public const int FormatVersion = 1;

    public const int ChunkSize = 4;

    /// <summary>Characters of a summary kept in a document record; a longer one is cut at a word.</summary>
    public const int SummaryLength = 240;

    public const int DirectorySize = 256;

    /// <summary>Characters of a file's content hash in its name.</summary>
    public const int HashLength = 12;

    public const string PersonKeyPrefix = "#p:";

    public const string TagKeyPrefix = "#t:";

    public const string YearKeyPrefix = "#y:";

    public static string TermShard(string hash) => $"{Folder}t/{hash}.bin";

    public static string ShardPage(string hash) => $"{Folder}p/{hash}.json";

    public static string Chunk(string hash) => $"{Folder}d/{hash}.json";

    public static string Directory(string hash) => $"{Folder}c/{hash}.json";

    public static string Facets(string hash) => $"{Folder}f/{hash}.json";
}
