using ArchiveSite.Core.Site;
using ArchiveSite.Core.Yaml;

namespace ArchiveSite.Core.Tests.Yaml;

/// <summary>Mistakes in <c>site.yml</c>, each at its line and column.</summary>
public sealed class SiteConfigErrorTests
{
    private const string Path = "/site/site.yml";

    [Theory]
    [InlineData("title: Архів\nlanguage: fr\n", 2, 11, "language: 'fr' is not one of uk, en")]
    [InlineData("titel: Архів\n", 1, 1, "'titel' is not a setting; the settings are title, description, base_url, language, items_per_page and time_zone")]
    [InlineData("items_per_page: [20]\n", 1, 17, "items_per_page: expected one value (a line of text), found a list; write it on the same line as items_per_page:, without [ ] or a leading -")]
    [InlineData("items_per_page: 0\n", 1, 17, "items_per_page: 0 is not between 1 and 1000")]
    [InlineData("time_zone: Kyiv\n", 1, 12, "time_zone: 'Kyiv' is not a known time zone; use a name such as Europe/Kyiv or UTC")]
    [InlineData("base_url: ftp:x\n", 1, 11, "base_url: 'ftp:x' is neither an http(s) address (https://example.org/archive/) nor a path starting with / (/archive/)")]
    [InlineData("- title: Архів\n", 1, 1, "expected fields such as title: and base_url:, each on a line of its own, found a list")]
    [InlineData("title: \"Архів\n", 1, 8, "this is not valid YAML (While scanning a quoted scalar, found unexpected end of stream); look for a quote without its pair, or a line indented differently from the ones before it")]
    public void Mistake_IsNamedAtItsLineAndColumn(string text, int line, int column, string problem)
    {
        var error = Assert.Throws<DataFileException>(() => SiteConfigReader.Read(Path, text));

        Assert.Equal($"{Path}:{line}:{column}: {problem}", error.Message);
    }

    [Fact]
    public void GoodFile_IsRead()
    {
        var settings = SiteConfigReader.Read(Path, "title: Архів\nlanguage: en\nitems_per_page: 5\ntime_zone: UTC\nbase_url: https://example.org/a/\n");

        Assert.Equal(("Архів", "en", 5, "UTC", "https://example.org/a/"), (settings.Title, settings.Language, settings.ItemsPerPage, settings.TimeZone, settings.BaseUrl.ToString()));
    }
}
