using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;

namespace ArchiveSite.Core.Content;

/// <summary>Reads a Markdown page with YAML front matter and validates the fields.</summary>
public static partial class FrontMatterReader
{
    /// <summary>Front matter is a handful of short fields; anything larger is refused before parsing.</summary>
    public const int MaxFrontMatterLength = 64 * 1024;

    private static readonly IDeserializer s_deserializer = new DeserializerBuilder()
        .IgnoreUnmatchedProperties()
        .Build();

    /// <param name="path">The page's path relative to the input folder, used in messages.</param>
    /// <exception cref="ContentFormatException">No front matter, malformed YAML, or a missing or invalid field.</exception>
    public static ArticlePage Read(string path, string text)
    {
        var (yaml, body) = Split(path, text);
        if (yaml.Length > MaxFrontMatterLength)
        {
            throw new ContentFormatException(path, 2, 1, $"the front matter is longer than {MaxFrontMatterLength / 1024} KB");
        }

        if (FrontMatterFastPath.TryRead(yaml, out var fields))
        {
            return new ArticlePage(path, Validate(path, fields), body);
        }

        FrontMatterFields document;
        try
        {
            RefuseAnchorsAndAliases(path, yaml);
            document = s_deserializer.Deserialize<FrontMatterFields?>(yaml) ?? new FrontMatterFields();
        }
        catch (YamlException ex)
        {
            // The YAML starts on line 2, after the opening fence.
            var problem = ex.InnerException?.Message ?? ex.Message;
            throw new ContentFormatException(path, ex.Start.Line + 1, ex.Start.Column, $"invalid front matter: {FirstLine(problem)}", ex);
        }
        catch (Exception ex) when (IsParserFailure(ex))
        {
            throw new ContentFormatException(path, 2, 1, $"invalid front matter: the YAML cannot be read ({FirstLine(ex.Message)})", ex);
        }

        return new ArticlePage(path, Validate(path, document), body);
    }

    private static FrontMatter Validate(string path, FrontMatterFields document)
    {
        if (string.IsNullOrWhiteSpace(document.Title))
        {
            throw new ContentFormatException(path, 1, 1, "the front matter has no title");
        }

        if (string.IsNullOrWhiteSpace(document.Slug))
        {
            throw new ContentFormatException(path, 1, 1, "the front matter has no slug");
        }

        if (!SafeSlug().IsMatch(document.Slug.Trim()))
        {
            throw new ContentFormatException(path, 1, 1, $"the slug '{document.Slug}' is not one path segment of letters, digits, '-', '_' and '.' (no '/', no '..')");
        }

        DateTimeOffset? date = null;
        if (!string.IsNullOrWhiteSpace(document.Date))
        {
            if (!DateTimeOffset.TryParse(document.Date, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var parsed))
            {
                throw new ContentFormatException(path, 1, 1, $"the date '{document.Date}' is not an ISO 8601 date");
            }

            date = parsed;
        }

        return new FrontMatter
        {
            Title = document.Title.Trim(),
            Subtitle = NullIfBlank(document.Subtitle),
            Date = date,
            Slug = document.Slug.Trim(),
            Lang = NullIfBlank(document.Lang) ?? "uk",
            Summary = NullIfBlank(document.Summary),
            Tags = CleanList(document.Tags),
            Persons = CleanList(document.Persons),
            Source = NullIfBlank(document.Source),
            ImageCredit = NullIfBlank(document.ImageCredit),
            Seed = NullIfBlank(document.Seed),
        };
    }

    /// <summary>Anchors and aliases have no use in front matter, and aliases nested in aliases expand
    /// exponentially (a "billion laughs" bomb): refuse them before anything is built.</summary>
    private static void RefuseAnchorsAndAliases(string path, string yaml)
    {
        var parser = new Parser(new StringReader(yaml));
        var readUpTo = Mark.Empty;
        while (true)
        {
            try
            {
                if (!parser.MoveNext())
                {
                    return;
                }
            }
            catch (Exception ex) when (IsParserFailure(ex))
            {
                // YamlDotNet fails this way on some broken input (an unclosed "[" followed by more lines):
                // report it where the last readable part ended.
                throw new ContentFormatException(path, readUpTo.Line + 1, readUpTo.Column, $"invalid front matter after this point: the YAML cannot be read (an unclosed '[', '{{' or quote?)", ex);
            }

            readUpTo = parser.Current!.End;
            var anchored = parser.Current switch
            {
                AnchorAlias => true,
                NodeEvent node => !node.Anchor.IsEmpty,
                _ => false,
            };
            if (anchored)
            {
                var start = parser.Current!.Start;
                throw new ContentFormatException(path, start.Line + 1, start.Column, "YAML anchors and aliases (&, *) are not allowed in front matter");
            }
        }
    }

    /// <summary>Exceptions other than <see cref="YamlException"/> that the YAML library throws on malformed input.</summary>
    private static bool IsParserFailure(Exception ex) =>
        ex is InvalidOperationException or ArgumentException or FormatException or OverflowException or IndexOutOfRangeException;

    private static (string Yaml, string Body) Split(string path, string text)
    {
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        text = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        var fence = FrontMatterWriter.Fence + "\n";
        if (!text.StartsWith(fence, StringComparison.Ordinal))
        {
            throw new ContentFormatException(path, 1, 1, "the page does not start with a '---' front matter fence");
        }

        var end = text.IndexOf("\n" + fence, fence.Length - 1, StringComparison.Ordinal);
        var bodyStart = end + 1 + fence.Length;
        if (end < 0)
        {
            if (!text.EndsWith("\n" + FrontMatterWriter.Fence, StringComparison.Ordinal))
            {
                throw new ContentFormatException(path, 1, 1, "the front matter has no closing '---' fence");
            }

            end = text.Length - FrontMatterWriter.Fence.Length - 1;
            bodyStart = text.Length;
        }

        var yaml = text[fence.Length..(end + 1)];
        var body = text[bodyStart..].TrimStart('\n');
        return (yaml, body);
    }

    private static ImmutableArray<string> CleanList(List<string?>? values) =>
        values is null
            ? []
            : [.. values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).Distinct(StringComparer.Ordinal)];

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string FirstLine(string message)
    {
        var newline = message.IndexOf('\n', StringComparison.Ordinal);
        return newline < 0 ? message : message[..newline];
    }

    [GeneratedRegex(@"^(?!\.)(?!.*\.\.)[\p{L}\p{N}_.-]{1,200}$")]
    private static partial Regex SafeSlug();
}
