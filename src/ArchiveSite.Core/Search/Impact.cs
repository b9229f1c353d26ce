namespace ArchiveSite.Core.Search;

/// <summary>
/// How much a word counts in a document, fixed at index time so that a query only adds: BM25's term-frequency
/// saturation over field-weighted counts, with the document's length in coarse steps against a fixed reference
/// length. Coarse steps and a fixed reference keep a small edit from changing the postings of every other word of
/// the document, or of every other document (an archive-wide average length would).
/// </summary>
internal static class Impact
{
    /// <summary>The highest impact; postings keep impacts in seven bits.</summary>
    public const int Max = 127;

    public const int TitleWeight = 4;
    public const int PersonWeight = 4;
    public const int TagWeight = 3;
    public const int SubtitleWeight = 2;
    public const int SummaryWeight = 2;
    public const int BodyWeight = 1;

    private const double K1 = 1.2;
    private const double B = 0.75;
    private const double ReferenceLength = 400;

    /// <summary>The impact of a dense posting's documents, which keep no impact of their own.</summary>
    public static int DensePlain => Of(BodyWeight, ReferenceLength);

    /// <summary>The impact of a dense posting's documents with the word in a strong field.</summary>
    public static int DenseStrong => Of(TitleWeight + BodyWeight, ReferenceLength);

    /// <summary>Set in a posting's byte when the word is in the headline or a person's or tag's name.</summary>
    public const byte StrongBit = 0x80;

    /// <param name="weight">The word's field-weighted count in the document.</param>
    /// <param name="length">The document's length from <see cref="Length"/>.</param>
    public static int Of(int weight, double length)
    {
        var normalised = 1 - B + (B * length / ReferenceLength);
        var saturated = weight * (K1 + 1) / (weight + (K1 * normalised));
        return Math.Clamp((int)Math.Round(saturated / (K1 + 1) * Max), 1, Max);
    }

    /// <summary>A length in words rounded to a step of about a fifth (a quarter of a power of two).</summary>
    public static double Length(int words) => Math.Pow(2, Math.Round(Math.Log2(Math.Max(words, 16)) * 4) / 4);

    public static byte Flags(int impact, bool strong) => (byte)(Math.Clamp(impact, 1, Max) | (strong ? StrongBit : 0));
}
