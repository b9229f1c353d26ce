namespace ArchiveSite.Core.Content;

/// <summary>A Markdown page of <c>input/</c>: front matter and body.</summary>
/// <param name="Path">Where the page lives, relative to the input folder, with '/' separators.</param>
/// <param name="Body">The Markdown body, after the front matter.</param>
public sealed record ArticlePage(string Path, FrontMatter FrontMatter, string Body);
