using System.Diagnostics;
using System.Text;
using ArchiveSite.Core.Content;

namespace ArchiveSite.Core.Tests.Content;

public sealed class FrontMatterHostileTests
{
    [Fact]
    public void Read_AliasBomb_IsRefusedBeforeExpansion()
    {
        var yaml = new StringBuilder("---\ntitle: \"Бомба\"\nslug: bomb\na0: &a0 [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (var i = 1; i < 12; i++)
        {
            yaml.Append($"a{i}: &a{i} [*a{i - 1},*a{i - 1},*a{i - 1},*a{i - 1},*a{i - 1},*a{i - 1},*a{i - 1},*a{i - 1},*a{i - 1}]\n");
        }

        yaml.Append("tags: *a11\n---\n\nТекст\n");
        var memoryBefore = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();

        var ex = Assert.Throws<ContentFormatException>(() => FrontMatterReader.Read("articles/bomb.md", yaml.ToString()));

        Assert.Contains("aliases", ex.Message, StringComparison.Ordinal);
        Assert.Equal(4, ex.Line);
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - memoryBefore < 10_000_000, "memory stays bounded");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), "refused without expanding");
    }

    [Theory]
    [InlineData("../../etc")]
    [InlineData("a/b")]
    [InlineData("/etc/passwd")]
    [InlineData("..")]
    [InlineData(".hidden")]
    [InlineData("a\\\\b")]
    public void Read_SlugThatIsNoSinglePathSegment_IsRefused(string slug)
    {
        var ex = Assert.Throws<ContentFormatException>(() => FrontMatterReader.Read("articles/p.md", $"---\ntitle: \"T\"\nslug: \"{slug}\"\n---\n\nТекст\n"));

        Assert.Contains("slug", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("title: [1, 2]\nslug: a", 2)]
    [InlineData("title: \"T\"\nslug: a\ntags: {a: 1}", 4)]
    [InlineData("title: \"T\"\nslug: a\npersons: 5", 4)]
    public void Read_WrongTypes_ReportTheLine(string yaml, int line)
    {
        var ex = Assert.Throws<ContentFormatException>(() => FrontMatterReader.Read("articles/p.md", $"---\n{yaml}\n---\n\nТекст\n"));

        Assert.Equal(line, ex.Line);
        Assert.StartsWith($"articles/p.md:{line}:", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("title: \"T\"\nslug: a\ntags: [Росія, США\npersons: []")]
    [InlineData("title: \"T\"\nslug: a\ntags: [a b\nc")]
    [InlineData(": [\nё")]
    public void Read_UnclosedFlowSequenceOverSeveralLines_IsAContentFormatExceptionNamingTheFile(string yaml)
    {
        var ex = Assert.Throws<ContentFormatException>(() => FrontMatterReader.Read("articles/p.md", $"---\n{yaml}\n---\n\nТекст\n"));

        Assert.Matches(@"^articles/p\.md:\d+:\d+: invalid front matter", ex.Message);
        Assert.InRange(ex.Line, 2, 5);
    }
}
