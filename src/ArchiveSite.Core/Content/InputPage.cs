namespace ArchiveSite.Core.Content;

/// <summary>An article page of <c>input/</c> as the build reads it: its front matter, and its body left in
/// its file until the page is rendered.</summary>
/// <param name="Path">Where the page lives, relative to the input folder, with '/' separators.</param>
public sealed record InputPage(string Path, FrontMatter FrontMatter, ArticleBody Body)
{
    /// <summary>A page held in memory, body and all.</summary>
    public static InputPage Of(ArticlePage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return new InputPage(page.Path, page.FrontMatter, ArticleBody.Of(page.Body));
    }
}
