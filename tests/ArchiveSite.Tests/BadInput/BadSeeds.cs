using System.Text;

namespace ArchiveSite.Tests.BadInput;

/// <summary>One bad seed of the table: its bytes, and what import must make of it.</summary>
/// <param name="Name">The case, also the seed's file name (<c>002_&lt;name&gt;.txt</c>).</param>
/// <param name="Refused">True when the seed must be refused with an error naming it; false when it must be imported.</param>
/// <param name="Message">A part of the error or warning import prints for it; null when it prints none.</param>
/// <param name="Lines">For an imported seed: the lines (after decoding) that its article page must show.</param>
public sealed record BadSeed(string Name, byte[] Bytes, bool Refused, string? Message, IReadOnlyList<string> Lines)
{
    public string FileName => $"002_{Name}.txt";

    public override string ToString() => Name;
}

/// <summary>The bad seeds of the table, and the good seeds they sit among.</summary>
internal static class BadSeeds
{
    public const string UkrainianTitle = "Ґаздиня з Їжакова відкрила пекарню";
    public const string UkrainianDate = "23 грудня 2025, 15:30";
    public const string UkrainianLead = "Мешканці села Їжакове отримали свіжий хліб. «Ми чекали цього роками», - сказала Євгенія Щербак.";
    public const string UkrainianBody = "Пекарня працюватиме щодня, крім неділі; ціни — як у місті.";

    public static readonly string Ukrainian = $"{UkrainianTitle}\n\n{UkrainianDate}\n{UkrainianLead}\n\n{UkrainianBody}\n";

    public static readonly (string FileName, string Title, string Text)[] Good =
    [
        ("001_good.txt", "Київ відкрив новий міст через Дніпро", "Київ відкрив новий міст через Дніпро\n\n22 грудня 2025, 10:00\nМіст з'єднав два береги міста. Рух по ньому відкрили зранку.\n"),
        ("003_good.txt", "Львів готується до Різдва", "Львів готується до Різдва\n\n24 грудня 2025, 09:15\nНа площі Ринок поставили ялинку. Ярмарок триватиме до січня.\n"),
    ];

    private static readonly string[] s_ukrainianLines = [UkrainianTitle, UkrainianLead, UkrainianBody];

    public static IReadOnlyList<BadSeed> All { get; } = [.. Create()];

    private static IEnumerable<BadSeed> Create()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var garbage = new byte[4096];
        new Random(42).NextBytes(garbage);
        var bigParagraph = string.Concat(Enumerable.Repeat("Дуже довгий абзац без кінця і краю. ", 300_000)).TrimEnd();
        var longLine = string.Concat(Enumerable.Repeat("ж", 1 << 20));

        yield return new("empty", [], Refused: true, "empty", []);
        yield return new("whitespace-only", Encoding.UTF8.GetBytes(" \n\t\n   \r\n\n"), Refused: true, "empty", []);
        yield return new("binary-garbage", garbage, Refused: true, "002_binary-garbage.txt: ", []);
        yield return new("invalid-utf8", [.. Encoding.ASCII.GetBytes("Title\n\nSome text "), 0xC3, 0x28, 0xA0, 0xA1, .. Encoding.ASCII.GetBytes(" more text\n")], Refused: true, "not valid UTF-8", []);
        yield return new("utf8-bom", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Ukrainian)], Refused: false, null, s_ukrainianLines);
        yield return new("utf16-le-bom", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Ukrainian)], Refused: false, null, s_ukrainianLines);
        yield return new("utf16-be-no-bom", Encoding.BigEndianUnicode.GetBytes(Ukrainian), Refused: false, null, s_ukrainianLines);
        yield return new("windows-1251", Encoding.GetEncoding(1251).GetBytes(Ukrainian), Refused: false, null, s_ukrainianLines);
        // KOI8-U has no «», — or ’: the scraper's file would have plain quotes and hyphens.
        var koi = Ukrainian.Replace('«', '"').Replace('»', '"').Replace('—', '-');
        yield return new("koi8-u", Encoding.GetEncoding("koi8-u").GetBytes(koi), Refused: false, null, [.. koi.Split('\n').Where(l => l.Length > 0 && l != UkrainianDate)]);
        yield return new("crlf", Encoding.UTF8.GetBytes(Ukrainian.Replace("\n", "\r\n", StringComparison.Ordinal)), Refused: false, null, s_ukrainianLines);
        yield return new("cr", Encoding.UTF8.GetBytes(Ukrainian.Replace('\n', '\r')), Refused: false, null, s_ukrainianLines);
        yield return new("no-date-line", Encoding.UTF8.GetBytes($"{UkrainianTitle}\n\n{UkrainianLead}\n\n{UkrainianBody}\n"), Refused: false, "no date line", s_ukrainianLines);
        yield return new("unparseable-date", Encoding.UTF8.GetBytes($"{UkrainianTitle}\n\n32 грудня 2025, 15:30\n{UkrainianLead}\n"), Refused: false, "no valid date", [UkrainianTitle, "32 грудня 2025, 15:30", UkrainianLead]);
        yield return new("future-date", Encoding.UTF8.GetBytes($"{UkrainianTitle}\n\n1 січня 2999, 10:00\n{UkrainianLead}\n"), Refused: false, "in the future", [UkrainianTitle, UkrainianLead]);
        yield return new("headline-only", Encoding.UTF8.GetBytes(UkrainianTitle + "\n"), Refused: false, "no body", [UkrainianTitle]);
        yield return new("10mb-paragraph", Encoding.UTF8.GetBytes($"{UkrainianTitle}\n\n{UkrainianDate}\n{bigParagraph}\n"), Refused: false, null, [UkrainianTitle, bigParagraph]);
        yield return new("one-line-article", Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(UkrainianLead + " ", 700)) + "\n"), Refused: true, "missing its line breaks", []);
        yield return new("1mb-line", Encoding.UTF8.GetBytes($"{UkrainianTitle}\n\n{UkrainianDate}\n{longLine}\n"), Refused: false, null, [UkrainianTitle, longLine]);
    }
}
