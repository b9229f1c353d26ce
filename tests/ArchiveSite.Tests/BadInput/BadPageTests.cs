using ArchiveSite.Core.Content;

namespace ArchiveSite.Tests.BadInput;

/// <summary>Bad pages in input/ at build time: each is named with file:line:column, the others still build,
/// <c>--strict</c> keeps the previous output; two pages with one address are resolved the same way every time.</summary>
public sealed class BadPageTests : IDisposable
{
    private const string BadPath = "articles/2025/12/bad.md";

    private readonly TempSite _site = new();

    public void Dispose() => _site.Dispose();

    /// <summary>Page text, and the line and column the error must name (column 0: any column).</summary>
    public static TheoryData<string, string, int, int> BadPages => new()
    {
        { "malformed YAML", "---\ntitle: \"Не закрита лапка\nslug: bad\n---\n\nТекст\n", 2, 8 },
        { "unclosed list", "---\ntitle: \"Т\"\nslug: bad\ntags: [Росія, США\npersons: []\n---\n\nТекст\n", 4, 0 },
        { "wrong type", "---\ntitle: \"Т\"\nslug: bad\npersons: 5\n---\n\nТекст\n", 4, 0 },
        { "title a list", "---\ntitle: [1, 2]\nslug: bad\n---\n\nТекст\n", 2, 0 },
        { "no title", "---\nslug: bad\ndate: 2025-12-01T10:00:00+02:00\n---\n\nТекст\n", 1, 1 },
        { "no front matter", "Просто текст без огорожі\n", 1, 1 },
        { "no closing fence", "---\ntitle: \"Т\"\nslug: bad\n\nТекст\n", 1, 1 },
        { "bad date", "---\ntitle: \"Т\"\nslug: bad\ndate: 31.02.2025\n---\n\nТекст\n", 1, 1 },
        { "slug leaving the output", "---\ntitle: \"Т\"\nslug: \"../../../etc\"\n---\n\nТекст\n", 1, 1 },
        { "absolute slug", "---\ntitle: \"Т\"\nslug: \"/etc/passwd\"\n---\n\nТекст\n", 1, 1 },
        { "quotes nested 20 000 deep", "---\ntitle: \"Т\"\nslug: bad\n---\n\n" + string.Concat(Enumerable.Repeat("> ", 20_000)) + "x\n", 6, 1 },
        { "emphasis nested 20 000 deep", "---\ntitle: \"Т\"\nslug: bad\n---\n\n" + new string('*', 20_000) + "x" + new string('*', 20_000) + "\n", 6, 1 },
        { "brackets nested 20 000 deep", "---\ntitle: \"Т\"\nslug: bad\n---\n\n" + new string('[', 20_000) + "x" + new string(']', 20_000) + "\n", 6, 1 },
        { "alias bomb", "---\ntitle: \"Т\"\nslug: bad\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\ntags: *b\n---\n\nТекст\n", 4, 0 },
    };

    [Theory]
    [MemberData(nameof(BadPages))]
    public async Task Build_BadPageAmongGoodOnes_NamesFileLineAndColumnAndBuildsTheOthers(string name, string text, int line, int column)
    {
        AddGoodPages();
        AddBadPage(text);

        var (code, _, errors) = await _site.BuildAsync();

        Assert.True(code == 3, $"{name}: exit {code}: {errors}");
        Assert.Contains(ErrorPrefix(line, column), errors, StringComparison.Ordinal);
        AssertGoodPagesBuilt();
        Assert.False(Directory.Exists(Path.Combine(_site.Output, "2025", "12", "bad")));
        Assert.False(File.Exists(Path.Combine(_site.Root, "etc", "index.html")));
        Assert.Empty(SiteLinks.Broken(_site.Output));
    }

    [Theory]
    [MemberData(nameof(BadPages))]
    public async Task Build_StrictWithABadPage_FailsAndKeepsThePreviousOutput(string name, string text, int line, int column)
    {
        AddGoodPages();
        await _site.BuildAsync();
        var before = TempSite.Snapshot(_site.Output);
        AddBadPage(text);

        var (code, _, errors) = await _site.BuildAsync(null, "--strict");

        Assert.True(code == 1, $"{name}: exit {code}: {errors}");
        Assert.Contains(ErrorPrefix(line, column), errors, StringComparison.Ordinal);
        Assert.Contains("page(s) cannot be read (listed above); with --strict nothing was written and the site built before is as it was", errors, StringComparison.Ordinal);
        Assert.Equal(before, TempSite.Snapshot(_site.Output));
    }

    [Fact]
    public async Task Build_PageSavedInWindows1251_IsNamedAtTheFirstByteThatIsNoUtf8()
    {
        AddGoodPages();
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        var path = Path.Combine(_site.Input, BadPath);
        File.WriteAllBytes(path, System.Text.Encoding.GetEncoding(1251).GetBytes("---\ntitle: \"Заголовок\"\nslug: bad\n---\n\nТекст\n"));

        var (code, _, errors) = await _site.BuildAsync();

        Assert.True(code == 3, errors);
        Assert.Contains($"error: {BadPath}:2:9: the page is not valid UTF-8", errors, StringComparison.Ordinal);
        AssertGoodPagesBuilt();
    }

    [Fact]
    public async Task Build_PageWithoutDate_IsBuiltAsUndated()
    {
        AddGoodPages();
        AddBadPage("---\ntitle: \"Без дати\"\nslug: bez-daty\n---\n\nТекст без дати.\n");

        var (code, _, errors) = await _site.BuildAsync();

        Assert.True(code == 0, errors);
        Assert.Contains("Текст без дати.", File.ReadAllText(Path.Combine(_site.Output, "undated", "bez-daty", "index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_TwoPagesWithOneSlug_BothBuiltWithAWarningTheSameWayEveryTime()
    {
        AddPage("articles/2025/12/a.md", "Перша з однаковим слагом", "same", "Текст першої.");
        AddPage("articles/2025/12/b.md", "Друга з однаковим слагом", "same", "Текст другої.");

        var (code, _, errors) = await _site.BuildAsync();
        var second = Path.Combine(_site.Root, "output-2");
        var (secondCode, _, secondErrors) = await _site.BuildAsync(second);

        Assert.True(code == 0, errors);
        Assert.True(secondCode == 0, secondErrors);
        Assert.Contains("warning: articles/2025/12/b.md: the address /2025/12/same/ is taken by articles/2025/12/a.md; this page is served at /2025/12/same-2/", errors, StringComparison.Ordinal);
        Assert.Equal(errors, secondErrors);
        Assert.Contains("Текст першої.", File.ReadAllText(Path.Combine(_site.Output, "2025", "12", "same", "index.html")), StringComparison.Ordinal);
        Assert.Contains("Текст другої.", File.ReadAllText(Path.Combine(_site.Output, "2025", "12", "same-2", "index.html")), StringComparison.Ordinal);
        Assert.Equal(TempSite.Snapshot(_site.Output), TempSite.Snapshot(second));
        Assert.Empty(SiteLinks.Broken(_site.Output));
    }

    private static string ErrorPrefix(int line, int column) =>
        column > 0 ? $"error: {BadPath}:{line}:{column}: " : $"error: {BadPath}:{line}:";

    private void AddGoodPages()
    {
        AddPage("articles/2025/12/good-one.md", "Перша добра сторінка", "good-one", "Текст першої доброї сторінки.");
        AddPage("articles/2025/12/good-two.md", "Друга добра сторінка", "good-two", "Текст другої доброї сторінки.");
    }

    private void AssertGoodPagesBuilt()
    {
        Assert.Contains("Текст першої доброї сторінки.", File.ReadAllText(Path.Combine(_site.Output, "2025", "12", "good-one", "index.html")), StringComparison.Ordinal);
        Assert.Contains("Текст другої доброї сторінки.", File.ReadAllText(Path.Combine(_site.Output, "2025", "12", "good-two", "index.html")), StringComparison.Ordinal);
    }

    private void AddPage(string path, string title, string slug, string body)
    {
        var frontMatter = new FrontMatter { Title = title, Slug = slug, Lang = "uk", Date = new DateTimeOffset(2025, 12, 20, 12, 0, 0, TimeSpan.FromHours(2)) };
        Write(path, FrontMatterWriter.Write(frontMatter, body + "\n"));
    }

    private void AddBadPage(string text) => Write(BadPath, text);

    private void Write(string path, string text)
    {
        var full = Path.Combine(_site.Input, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }
}
