using System.Text;
using ArchiveSite.Core.Content;
using ArchiveSite.Core.Seeds;

namespace ArchiveSite.Core.Import;

/// <summary>The Markdown body of a seed: one paragraph per seed paragraph, escaped so that it renders as
/// written; quoted speech as a block quote.</summary>
internal static class SeedMarkdown
{
    public static string Body(SeedDocument seed)
    {
        var builder = new StringBuilder();
        foreach (var paragraph in seed.Body)
        {
            if (builder.Length > 0)
            {
                builder.Append('\n');
            }

            if (paragraph.Kind == SeedParagraphKind.Quote)
            {
                builder.Append("> ");
            }

            builder.Append(MarkdownText.Escape(paragraph.Text)).Append('\n');
        }

        return builder.ToString();
    }
}
