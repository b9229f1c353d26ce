using Markdig;
using Markdig.Renderers;

namespace ArchiveSite.Core.Content;

/// <summary>Markdown to HTML with one pipeline built once: CommonMark with raw HTML switched off, so HTML in
/// a page's text is shown as text and never run.</summary>
public static class MarkdownRenderer
{
    private static readonly MarkdownPipeline s_pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .Build();

    /// <exception cref="ArgumentException">Markdig refuses elements nested too deeply; <see cref="Validate"/> reports it with the file.</exception>
    public static string ToHtml(string markdown) => Markdown.ToHtml(markdown, s_pipeline);

    /// <summary>Checks that a page's body can be rendered: Markdig refuses elements nested thousands deep
    /// ("&gt; &gt; &gt; …", "[[[…", "***…"), and a page like that must be reported, not stop the build.</summary>
    /// <param name="bodyLine">The line of the page where the body starts, for the message.</param>
    /// <exception cref="ContentFormatException">The body cannot be rendered.</exception>
    public static void Validate(string path, string body, int bodyLine)
    {
        try
        {
            // Deep nesting is refused by the parser for some elements and by the renderer for others.
            var renderer = new HtmlRenderer(TextWriter.Null);
            s_pipeline.Setup(renderer);
            renderer.Render(Markdown.Parse(body, s_pipeline));
        }
        catch (ArgumentException ex)
        {
            throw new ContentFormatException(path, bodyLine, 1, $"the Markdown cannot be rendered: {FirstSentence(ex.Message)}", ex);
        }
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(" - ", StringComparison.Ordinal);
        return end > 0 ? message[..end] : message;
    }
}
