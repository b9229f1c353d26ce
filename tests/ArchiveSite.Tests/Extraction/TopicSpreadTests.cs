using System.Text.RegularExpressions;
using ArchiveSite.Benchmarks;
using ArchiveSite.Core.Content;

namespace ArchiveSite.Tests.Extraction;

/// <summary>A topic tag tells a reader something only if it does not fall on most of the archive.</summary>
public sealed partial class TopicSpreadTests
{
    private const int Articles = 300;

    [Fact]
    public async Task Import_GeneratedArchive_NoTopicTagOnMoreThanAThird()
    {
        using var site = new TempSite();
        SyntheticCorpus.Write(site.Root, Articles);
        var input = Path.Combine(site.Root, "imported");

        var imported = await site.RunAsync("import", "--seeds", site.Seeds, "--input", input);

        Assert.Equal(0, imported.ExitCode);
        var topics = TopicNames();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(Path.Combine(input, InputLoader.ArticlesFolder), "*.md", SearchOption.AllDirectories))
        {
            foreach (var tag in FrontMatterReader.Read(file, File.ReadAllText(file)).FrontMatter.Tags)
            {
                counts[tag] = counts.GetValueOrDefault(tag) + 1;
            }
        }

        var report = string.Join(", ", counts.Where(c => topics.Contains(c.Key)).OrderByDescending(c => c.Value).Select(c => $"{c.Key} {c.Value}"));
        foreach (var (tag, count) in counts)
        {
            Assert.False(topics.Contains(tag) && count * 3 > Articles, $"{tag} on {count} of {Articles}: {report}");
        }
    }

    private static HashSet<string> TopicNames()
    {
        var path = Path.Combine(RepositoryFiles.Root, "src", "ArchiveSite.Core", "Language", "Data", "tags.yml");
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match match in TopicLine().Matches(File.ReadAllText(path)))
        {
            names.Add(match.Groups[1].Value.Trim());
        }

        return names;
    }

    [GeneratedRegex(@"^(?:- tag|  ru):\s*(.+)$", RegexOptions.Multiline)]
    private static partial Regex TopicLine();
}
