namespace ArchiveSite.Tests.Hostile;

/// <summary>A seed written to attack the site: scripts, event handlers, <c>javascript:</c> links, a
/// <c>&lt;/script&gt;</c> in the title, Markdown link and image syntax and HTML entities. Every script in it
/// sets <c>window.__pwned</c> or opens a dialog, so a browser can tell whether any of it ran.</summary>
public static class HostileSeed
{
    public const string FileName = "001_hostile.txt";

    public const string Title = "Заголовок </script><script>window.__pwned='title'</script> і <b>жирний</b>";

    public const string Subtitle = "Підзаголовок <img src=x onerror=\"window.__pwned='subtitle';alert(1)\">";

    public const string DateLine = "23 грудня 2025, 15:30";

    public static readonly string[] Body =
    [
        "Лід: <script>window.__pwned='lead';alert(1)</script> та [посилання](javascript:window.__pwned='link') і ![картинка](javascript:alert(1)).",
        "<img src=x onerror=\"window.__pwned='img';alert(1)\"> і <img src=x onerror=alert(1)>",
        "Сутності: &amp; &lt;b&gt; &#60;script&#62; &quot; &nbsp; &#x3C;/p&#x3E;",
        "<a href=\"javascript:window.__pwned='a'\">клік</a> та javascript:alert(1)",
        "[посилання]: javascript:alert(1)",
        "<javascript:alert(1)> і <https://example.com> та [x](<javascript:alert(1)>)",
        "*курсив* **жирний** `код` ~~закреслено~~ | таблиця | # не заголовок",
        "<svg onload=\"window.__pwned='svg'\"></svg><iframe src=\"javascript:window.__pwned='iframe'\"></iframe>",
        "\"><script>window.__pwned='attr'</script><p title=\"",
        "<style>body{display:none}</style><meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
    ];

    public static string Text => $"{Title}\n{Subtitle}\n\n{DateLine}\n{string.Join("\n\n", Body)}\n";

    /// <summary>Every line the article page must show as text, exactly.</summary>
    public static IEnumerable<string> ShownLines => [Title, Subtitle, .. Body];
}
