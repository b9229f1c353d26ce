using Markdig;

namespace ArchiveSite.Core.Content;

/// <summary>Markdown to HTML with one pipeline built once: CommonMark with raw HTML switched off, so HTML in
/// a page's text is shown as text and never run.</summary>
public static class MarkdownRenderer
{
    private static readonly MarkdownPipeline s_pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .Build();

    public static string ToHtml(string markdown) => Markdown.ToHtml(markdown, s_pipeline);
}
