using System.Net;
using System.Text.RegularExpressions;
using ArchiveSite.Core.Content;

namespace ArchiveSite.Core.Tests.Content;

public sealed partial class MarkdownTextTests
{
    public static TheoryData<string> PlainTexts => new()
    {
        "Звичайний текст із \"лапками\" та «ялинками».",
        "*не курсив* і _не курсив_ і **не жирний**",
        "[не посилання](https://example.org) і ![не зображення](x.png)",
        "<script>alert(1)</script> та <img src=x onerror=alert(1)>",
        "&amp; &lt; &#x41; — сутності лишаються текстом",
        "# не заголовок",
        "- не список",
        "+ не список",
        "1. не нумерований список",
        "2025) рік",
        "> не цитата",
        "`не код` і ```не блок```",
        "--- не лінія",
        "=== не підкреслення",
        "Зворотна \\ коса, ~~не закреслено~~, | не таблиця |",
        "javascript:alert(1) і https://example.org/без-посилання",
    };

    [Theory]
    [MemberData(nameof(PlainTexts))]
    public void Escape_AnyText_RendersAsTheSameTextInOneParagraph(string text)
    {
        var html = MarkdownRenderer.ToHtml(MarkdownText.Escape(text)).Trim();

        Assert.StartsWith("<p>", html, StringComparison.Ordinal);
        Assert.EndsWith("</p>", html, StringComparison.Ordinal);
        var inner = html[3..^4];
        Assert.DoesNotMatch(Tag(), inner);
        Assert.Equal(text, WebUtility.HtmlDecode(inner));
    }

    [GeneratedRegex("<[a-zA-Z/]")]
    private static partial Regex Tag();
}
