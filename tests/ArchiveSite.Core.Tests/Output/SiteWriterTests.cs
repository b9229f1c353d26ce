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

    [Fact]
    public async Task Incremental_Commit_ReplacesCreatesAndDeletesOnlyThoseFiles()
    {
        await SiteWriter.WriteAsync(Output, [File("index.html", "old"), File("a/index.html", "old a"), File("gone/index.html", "old")]);

        await using (var site = await SiteWriter.BeginAsync(Output, incremental: true))
        {
            site.Write("index.html", Encoding.UTF8.GetBytes("new"));
            site.Write("b/index.html", Encoding.UTF8.GetBytes("new b"));
            site.Delete("gone/index.html");
            site.Commit();
        }

        Assert.Equal("new", System.IO.File.ReadAllText(Path.Combine(Output, "index.html")));
        Assert.Equal("old a", System.IO.File.ReadAllText(Path.Combine(Output, "a", "index.html")));
        Assert.Equal("new b", System.IO.File.ReadAllText(Path.Combine(Output, "b", "index.html")));
        Assert.False(Directory.Exists(Path.Combine(Output, "gone")));
        Assert.Equal(["output"], Directory.GetDirectories(_root).Select(Path.GetFileName));
        Assert.Empty(Directory.GetFiles(_root));
    }

    [Fact]
    public async Task Incremental_NotCommitted_LeavesTheOutputAsItWas()
    {
        await SiteWriter.WriteAsync(Output, [File("index.html", "old")]);

        await using (var site = await SiteWriter.BeginAsync(Output, incremental: true))
        {
            site.Write("index.html", Encoding.UTF8.GetBytes("new"));
            site.Write("b/index.html", Encoding.UTF8.GetBytes("new b"));
        }

        Assert.Equal("old", System.IO.File.ReadAllText(Path.Combine(Output, "index.html")));
        Assert.Single(Directory.GetFiles(Output, "*", SearchOption.AllDirectories));
        Assert.Equal(["output"], Directory.GetDirectories(_root).Select(Path.GetFileName));
    }

    [Fact]
    public async Task Begin_JournalOfADeadCommit_UndoesItAndBuildsInFull()
    {
        await SiteWriter.WriteAsync(Output, [File("index.html", "old"), File("a/index.html", "old a")]);

        // What a process that died midway through an incremental commit leaves: the old index.html moved
        // to the retired folder and the new one in place, a created page in place, a journal naming them.
        Directory.CreateDirectory(Output + ".retired");
        System.IO.File.Move(Path.Combine(Output, "index.html"), Path.Combine(Output + ".retired", "index.html"));
        System.IO.File.WriteAllText(Path.Combine(Output, "index.html"), "new");
        Directory.CreateDirectory(Path.Combine(Output, "b"));
        System.IO.File.WriteAllText(Path.Combine(Output, "b", "index.html"), "new b");
        System.IO.File.WriteAllText(Output + ".journal", "create\tb/index.html\nreplace\tindex.html\ndelete\ta/index.html\n");

        await using (var site = await SiteWriter.BeginAsync(Output, incremental: true))
        {
            Assert.False(site.Incremental);
        }

        Assert.Equal("old", System.IO.File.ReadAllText(Path.Combine(Output, "index.html")));
        Assert.Equal("old a", System.IO.File.ReadAllText(Path.Combine(Output, "a", "index.html")));
        Assert.False(System.IO.File.Exists(Path.Combine(Output, "b", "index.html")));
        Assert.False(System.IO.File.Exists(Output + ".journal"));
    }

    private static IEnumerable<SiteFile> FailingAfterOne()
    {
        yield return File("index.html", "half-written");
        throw new InvalidOperationException("render failed");
    }

    private static SiteFile File(string path, string text) => new(path, Encoding.UTF8.GetBytes(text));
}
