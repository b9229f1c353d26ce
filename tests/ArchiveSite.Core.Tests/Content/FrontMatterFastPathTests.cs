using ArchiveSite.Core.Content;

namespace ArchiveSite.Core.Tests.Content;

/// <summary>The fast path reads what the writer writes exactly as YamlDotNet does, and declines the rest.</summary>
public sealed class FrontMatterFastPathTests
{
    public static TheoryData<string> WrittenValues => new()
    {
        "Просто текст",
        "Лапки \"всередині\" і \\ слеш",
        "Двокрапка: і решітка # тут",
        "Рядок\nдругий\tтаб\rповернення",
        "Керівні \u0001 \u007F \u2028 \uFEFF символи",
        "true",
        "null",
        "2025",
        "- дефіс на початку",
        "[дужки], {фігурні}",
        "Апостроф ' і ’ та ʼ",
    };

    [Theory]
    [MemberData(nameof(WrittenValues))]
    public void TryRead_WrittenPage_ReadsTheSameAsYamlDotNet(string value)
    {
        var frontMatter = new FrontMatter
        {
            Title = value,
            Subtitle = value,
            Date = new DateTimeOffset(2025, 12, 23, 15, 30, 0, TimeSpan.FromHours(2)),
            Slug = "slug",
            Lang = "uk",
            Summary = value,
            Tags = [value, "Україна", "США"],
            Persons = [value, "Сергій Рябков"],
            Source = value,
            ImageCredit = value,
            Seed = "000_x.txt",
        };
        var text = FrontMatterWriter.Write(frontMatter, "Текст.\n");
        var yaml = text[4..text.IndexOf("\n---\n", 3, StringComparison.Ordinal)] + "\n";

        var fast = FrontMatterFastPath.TryRead(yaml, out _);
        var read = FrontMatterReader.Read("a.md", text);

        Assert.True(fast, yaml);
        Assert.Equal(frontMatter with { Title = frontMatter.Title.Trim(), Subtitle = frontMatter.Subtitle?.Trim(), Summary = frontMatter.Summary?.Trim(), Source = frontMatter.Source?.Trim(), ImageCredit = frontMatter.ImageCredit?.Trim(), Tags = [.. frontMatter.Tags.Select(t => t.Trim())], Persons = [.. frontMatter.Persons.Select(p => p.Trim())] }, read.FrontMatter);
    }

    [Theory]
    [InlineData("title: x # comment\n")]
    [InlineData("title: &a x\n")]
    [InlineData("tags:\n  - a\n")]
    [InlineData("title: 'single'\n")]
    [InlineData("title: \"a\\x41\"\n")]
    [InlineData("title: \"open\n  continued\"\n")]
    [InlineData("other: x\n")]
    [InlineData("title: a\ntitle: b\n")]
    [InlineData("title:  x\n")]
    [InlineData("title: yes\n")]
    public void TryRead_OtherYaml_Declines(string yaml)
    {
        Assert.False(FrontMatterFastPath.TryRead(yaml, out _));
    }
}
