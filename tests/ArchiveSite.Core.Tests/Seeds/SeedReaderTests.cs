using System.Text;
using ArchiveSite.Core.Seeds;

namespace ArchiveSite.Core.Tests.Seeds;

public sealed class SeedReaderTests
{
    private const string Ukrainian = "Заголовок статті\n\n23 грудня 2025, 15:30\nДипломати Росії та США провели нові переговори. Рух уперед поки мінімальний, - зазначив Рябков. Ґанок, їжак, єнот.\n";

    static SeedReaderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static TheoryData<string, byte[]> EncodedSeeds => new()
    {
        { "UTF-8", Encoding.UTF8.GetBytes(Ukrainian) },
        { "UTF-8 with BOM", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Ukrainian)] },
        { "UTF-16 LE with BOM", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Ukrainian)] },
        { "UTF-16 BE with BOM", [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(Ukrainian)] },
        { "UTF-16 LE without BOM", Encoding.Unicode.GetBytes(Ukrainian) },
        { "UTF-16 BE without BOM", Encoding.BigEndianUnicode.GetBytes(Ukrainian) },
        { "Windows-1251", Encoding.GetEncoding(1251).GetBytes(Ukrainian) },
        { "KOI8-U", Encoding.GetEncoding("koi8-u").GetBytes(Ukrainian) },
        { "CRLF line endings", Encoding.UTF8.GetBytes(Ukrainian.Replace("\n", "\r\n", StringComparison.Ordinal)) },
        { "CR line endings", Encoding.UTF8.GetBytes(Ukrainian.Replace('\n', '\r')) },
    };

    [Theory]
    [MemberData(nameof(EncodedSeeds))]
    public void Decode_SupportedEncoding_GivesTheSameText(string encoding, byte[] bytes)
    {
        var text = SeedReader.Decode("seed.txt", bytes);

        Assert.True(text == Ukrainian, $"{encoding}: {text}");
    }

    [Fact]
    public void Decode_BinaryGarbage_IsRefusedNamingTheFile()
    {
        var random = new Random(42);
        var bytes = new byte[4096];
        random.NextBytes(bytes);

        var ex = Assert.Throws<SeedFormatException>(() => SeedReader.Decode("garbage.txt", bytes));

        Assert.StartsWith("garbage.txt: ", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_InvalidUtf8ThatIsNoCyrillicText_IsRefused()
    {
        byte[] bytes = [.. Encoding.ASCII.GetBytes("Title\n\nSome text "), 0xC3, 0x28, 0xA0, 0xA1, .. Encoding.ASCII.GetBytes(" more text\n")];

        var ex = Assert.Throws<SeedFormatException>(() => SeedReader.Decode("bad-utf8.txt", bytes));

        Assert.Contains("not valid UTF-8", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_NulBytes_AreRefused() =>
        Assert.Throws<SeedFormatException>(() => SeedReader.Decode("nul.txt", [0x41, 0x00, 0x42, 0x43, 0x44]));
}
