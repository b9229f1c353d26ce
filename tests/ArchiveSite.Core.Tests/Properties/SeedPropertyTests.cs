using System.Text;
using ArchiveSite.Core.Import;
using ArchiveSite.Core.Seeds;
using CsCheck;

namespace ArchiveSite.Core.Tests.Properties;

/// <summary>Whatever bytes or text a seed holds, reading and parsing it either succeeds or fails with a
/// <see cref="SeedFormatException"/>, and a parsed seed keeps every line of its text.</summary>
public sealed class SeedPropertyTests
{
    static SeedPropertyTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static readonly Encoding[] s_encodings =
    [
        new UTF8Encoding(false), new UTF8Encoding(true), Encoding.Unicode, Encoding.BigEndianUnicode,
        Encoding.GetEncoding(1251), Encoding.GetEncoding("koi8-u"),
    ];

    [Fact]
    public void Decode_AnyBytes_GivesTextOrASeedFormatExceptionNamingTheFile()
    {
        Gen.Byte.Array[0, 400].Sample(bytes =>
        {
            try
            {
                var text = SeedReader.Decode("any.txt", bytes);
                Assert.DoesNotContain('\r', text);
                Assert.DoesNotContain('\0', text);
            }
            catch (SeedFormatException ex)
            {
                Assert.StartsWith("any.txt: ", ex.Message, StringComparison.Ordinal);
            }
        }, iter: 2000);
    }

    [Fact]
    public void Decode_TextInAnySupportedEncoding_NeverThrowsAnythingElse()
    {
        Gen.Select(HostileText.SeedText, Gen.Int[0, s_encodings.Length - 1]).Sample((text, encoding) =>
        {
            var bytes = s_encodings[encoding].GetPreamble().Concat(s_encodings[encoding].GetBytes(text)).ToArray();
            try
            {
                SeedReader.Decode("encoded.txt", bytes);
            }
            catch (SeedFormatException)
            {
            }
        }, iter: 1000);
    }

    [Fact]
    public void Parse_AnyText_GivesASeedOrASeedFormatException()
    {
        HostileText.SeedText.Sample(text =>
        {
            try
            {
                var seed = SeedParser.Parse("any.txt", text, Zones.Kyiv);
                Assert.False(string.IsNullOrWhiteSpace(seed.Title));
            }
            catch (SeedFormatException ex)
            {
                Assert.StartsWith("any.txt", ex.Message, StringComparison.Ordinal);
                Assert.True(string.IsNullOrWhiteSpace(text), "only a seed without text is refused");
            }
        }, iter: 2000);
    }

    [Fact]
    public void Parse_AnySeed_KeepsEveryLineSomewhere()
    {
        HostileText.SeedText.Where(text => !string.IsNullOrWhiteSpace(text)).Sample(text =>
        {
            var seed = SeedParser.Parse("any.txt", text, Zones.Kyiv);

            var kept = new HashSet<string>(StringComparer.Ordinal) { seed.Title };
            kept.UnionWith(seed.Body.Select(p => p.Text));
            if (seed.Subtitle is { } subtitle)
            {
                kept.Add(subtitle);
            }

            foreach (var line in text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0))
            {
                var isDateLine = seed.Date is not null && SeedDateParser.TryParseLine(line, Zones.Kyiv) == seed.Date;
                var isCaption = seed.ImageCredit is not null && line.EndsWith(seed.ImageCredit, StringComparison.Ordinal) && line.Contains(':', StringComparison.Ordinal);
                Assert.True(kept.Contains(line) || isDateLine || isCaption || line == "Фото:", $"lost: '{line}'");
            }
        }, iter: 2000);
    }
}
