using System.Text;
using ArchiveSite.Core.Content;

namespace ArchiveSite.Core.Tests.Content;

public sealed class InputCacheTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("archivesite-cache-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Load_WithACache_TakesUnchangedPagesFromIt_ReadsChangedOnes_AndForgetsRemovedOnes()
    {
        var kept = WritePage("kept", "Текст, що лишився.");
        var changed = WritePage("changed", "Текст до зміни.");
        var removed = WritePage("removed", "Текст сторінки, яку приберуть.");
        var cache = new InputCache();
        var first = InputLoader.Load(_folder, cache: cache).Pages.ToDictionary(p => p.FrontMatter.Slug);

        File.WriteAllText(changed, File.ReadAllText(changed).Replace("до зміни", "після зміни, довший", StringComparison.Ordinal), new UTF8Encoding(false));
        File.Delete(removed);
        var second = InputLoader.Load(_folder, cache: cache).Pages.ToDictionary(p => p.FrontMatter.Slug);

        Assert.Same(first["kept"], second["kept"]);
        Assert.NotSame(first["changed"], second["changed"]);
        Assert.Contains("після зміни", second["changed"].Body.ReadMarkdown(), StringComparison.Ordinal);
        Assert.False(second.ContainsKey("removed"));
        Assert.True(File.Exists(kept));
    }

    private string WritePage(string slug, string body)
    {
        var file = Path.Combine(_folder, InputLoader.ArticlesFolder, "2025", "12", slug + ".md");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, $"---\ntitle: \"{slug}\"\nslug: {slug}\n---\n\n{body}\n", new UTF8Encoding(false));
        return file;
    }
}
