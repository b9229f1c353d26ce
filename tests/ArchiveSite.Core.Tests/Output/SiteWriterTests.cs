using System.Text;
using ArchiveSite.Core.Output;

namespace ArchiveSite.Core.Tests.Output;

public sealed class SiteWriterTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "archivesite-writer-" + Guid.NewGuid().ToString("N"));

    private string Output => Path.Combine(_root, "output");

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Fact]
    public async Task WriteAsync_NewSite_ReplacesTheOldOneWhole()
    {
        await SiteWriter.WriteAsync(Output, [File("index.html", "old"), File("gone/index.html", "old")]);

        await SiteWriter.WriteAsync(Output, [File("index.html", "new"), File("a/b/index.html", "new")]);

        Assert.Equal("new", System.IO.File.ReadAllText(Path.Combine(Output, "index.html")));
        Assert.True(System.IO.File.Exists(Path.Combine(Output, "a", "b", "index.html")));
        Assert.False(Directory.Exists(Path.Combine(Output, "gone")));
        Assert.Equal(["output"], Directory.GetDirectories(_root).Select(Path.GetFileName));
    }

    [Fact]
    public async Task WriteAsync_FailsMidway_LeavesThePreviousOutputIntact()
    {
        await SiteWriter.WriteAsync(Output, [File("index.html", "previous")]);

        await Assert.ThrowsAsync<InvalidOperationException>(() => SiteWriter.WriteAsync(Output, FailingAfterOne()));

        Assert.Equal("previous", System.IO.File.ReadAllText(Path.Combine(Output, "index.html")));
        Assert.Single(Directory.GetFiles(Output, "*", SearchOption.AllDirectories));
    }

    [Theory]
    [InlineData("../escape.html")]
    [InlineData("a/../../escape.html")]
    [InlineData("/etc/escape.html")]
    public async Task WriteAsync_PathLeavingTheOutput_IsRefusedAndNothingIsWrittenOutside(string path)
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() => SiteWriter.WriteAsync(Output, [File(path, "x")]));

        Assert.False(System.IO.File.Exists(Path.Combine(_root, "escape.html")));
        Assert.False(System.IO.File.Exists("/etc/escape.html"));
    }

    private static IEnumerable<SiteFile> FailingAfterOne()
    {
        yield return File("index.html", "half-written");
        throw new InvalidOperationException("render failed");
    }

    private static SiteFile File(string path, string text) => new(path, Encoding.UTF8.GetBytes(text));
}
