using ArchiveSite.Core.Content;
using BenchmarkDotNet.Attributes;

namespace ArchiveSite.Benchmarks;

/// <summary>The per-page cost of loading input/: front matter and Markdown, over generated pages.</summary>
[MemoryDiagnoser]
public class ParsingBenchmarks
{
    private SyntheticCorpus.Article[] _articles = [];
    private ArticlePage[] _pages = [];

    [Params(100)]
    public int Count { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _articles = [.. SyntheticCorpus.Generate(Count)];
        _pages = [.. _articles.Select(a => FrontMatterReader.Read(a.PagePath, a.PageText))];
    }

    [Benchmark]
    public int ReadFrontMatter()
    {
        var total = 0;
        foreach (var article in _articles)
        {
            total += FrontMatterReader.Read(article.PagePath, article.PageText).Body.Length;
        }

        return total;
    }

    [Benchmark]
    public int RenderMarkdown()
    {
        var total = 0;
        foreach (var page in _pages)
        {
            total += MarkdownRenderer.ToHtml(page.Body).Length;
        }

        return total;
    }
}
