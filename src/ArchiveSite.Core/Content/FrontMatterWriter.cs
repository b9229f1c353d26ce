using System.Globalization;
using System.Text;

namespace ArchiveSite.Core.Content;

/// <summary>Writes a page as <c>---</c>, YAML front matter, <c>---</c>, a blank line and the Markdown body.
/// Fields come in the fixed order of <see cref="FrontMatterKeys"/>; empty optional fields are left out.</summary>
public static class FrontMatterWriter
{
    public const string Fence = "---";

    public static string Write(FrontMatter frontMatter, string body)
    {
        var builder = new StringBuilder(body.Length + 1024);
        builder.Append(Fence).Append('\n');
        AppendQuoted(builder, FrontMatterKeys.Title, frontMatter.Title);
        AppendQuoted(builder, FrontMatterKeys.Subtitle, frontMatter.Subtitle);
        if (frontMatter.Date is { } date)
        {
            builder.Append(FrontMatterKeys.Date).Append(": ").Append(FormatDate(date)).Append('\n');
        }

        AppendPlain(builder, FrontMatterKeys.Slug, frontMatter.Slug);
        AppendPlain(builder, FrontMatterKeys.Lang, frontMatter.Lang);
        AppendQuoted(builder, FrontMatterKeys.Summary, frontMatter.Summary);
        AppendList(builder, FrontMatterKeys.Tags, frontMatter.Tags);
        AppendList(builder, FrontMatterKeys.Persons, frontMatter.Persons);
        AppendQuoted(builder, FrontMatterKeys.Source, frontMatter.Source);
        AppendQuoted(builder, FrontMatterKeys.ImageCredit, frontMatter.ImageCredit);
        AppendPlain(builder, FrontMatterKeys.Seed, frontMatter.Seed);
        builder.Append(Fence).Append('\n').Append('\n');
        builder.Append(body);
        if (body.Length > 0 && body[^1] != '\n')
        {
            builder.Append('\n');
        }

        return builder.ToString();
    }

    public static string FormatDate(DateTimeOffset date) =>
        date.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    private static void AppendQuoted(StringBuilder builder, string key, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            builder.Append(key).Append(": ");
            YamlScalar.AppendQuoted(builder, value);
            builder.Append('\n');
        }
    }

    private static void AppendPlain(StringBuilder builder, string key, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            builder.Append(key).Append(": ");
            YamlScalar.AppendPlainOrQuoted(builder, value);
            builder.Append('\n');
        }
    }

    private static void AppendList(StringBuilder builder, string key, IReadOnlyList<string> values)
    {
        builder.Append(key).Append(": [");
        for (var i = 0; i < values.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(", ");
            }

            YamlScalar.AppendPlainOrQuoted(builder, values[i]);
        }

        builder.Append("]\n");
    }
}
