using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ArchiveSite.Core.Yaml;

/// <summary>
/// Reads an editor's YAML file node by node, so that a value of the wrong shape (a list where one value is
/// expected, a single value where a list is) is reported at its line and column in plain words, not as a
/// deserializer's type error.
/// </summary>
internal sealed class YamlDataReader(string path)
{
    /// <summary>The file's one document, or null when it is empty.</summary>
    /// <exception cref="DataFileException">The text is not valid YAML.</exception>
    public YamlNode? Root(string text)
    {
        var stream = new YamlStream();
        var parser = new Parser(new StringReader(text));
        try
        {
            stream.Load(parser);
        }
        catch (YamlException ex)
        {
            throw SyntaxError(text, (int)ex.Start.Line, (int)ex.Start.Column, (ex.InnerException ?? ex).Message, ex);
        }
        catch (InvalidOperationException ex)
        {
            // YamlDotNet's scanner fails so on some unclosed lists that span lines; the place is then unknown.
            var (line, column) = parser.Current is { } current ? ((int)current.End.Line, (int)current.End.Column) : (int.MaxValue, int.MaxValue);
            throw SyntaxError(text, int.MaxValue, int.MaxValue, "it ends in the middle of a value", ex, (line, column));
        }

        return stream.Documents.Count == 0 || IsEmpty(stream.Documents[0].RootNode) ? null : stream.Documents[0].RootNode;
    }

    private DataFileException SyntaxError(string text, int line, int column, string reason, Exception inner, (int Line, int Column)? shown = null)
    {
        if (UnclosedBracket.Before(text, line, column) is { } open)
        {
            var close = open.Bracket == '[' ? ']' : '}';
            return new DataFileException(path, open.Line, open.Column, $"this {open.Bracket} is not closed: end the list with {close} on the same line, as in [Сергей Рябков, Serhii Riabkov]", inner);
        }

        var (atLine, atColumn) = shown ?? (line, column);
        return new DataFileException(path, atLine, atColumn, $"this is not valid YAML ({reason.TrimEnd('.')}); look for a quote without its pair, or a line indented differently from the ones before it", inner);
    }

    /// <summary>The fields of a mapping, in file order.</summary>
    /// <param name="expected">What the mapping holds, for the message when the node is something else.</param>
    public IEnumerable<YamlField> Fields(YamlNode node, string expected)
    {
        if (node is not YamlMappingNode mapping)
        {
            throw Error(node, $"expected {expected}, found {Describe(node)}");
        }

        foreach (var (key, value) in mapping.Children)
        {
            yield return new YamlField(key is YamlScalarNode scalar ? scalar.Value ?? string.Empty : string.Empty, key, value);
        }
    }

    /// <summary>The items of a list; none when the field is empty.</summary>
    /// <param name="field">The field that holds the list, or null for the whole file.</param>
    public IReadOnlyList<YamlNode> Items(YamlNode node, string? field, string expected)
    {
        if (IsEmpty(node))
        {
            return [];
        }

        return node is YamlSequenceNode sequence
            ? [.. sequence.Children]
            : throw Error(node, $"{(field is null ? string.Empty : field + ": ")}expected {expected}, found {Describe(node)}");
    }

    /// <summary>One value; null when the field is empty.</summary>
    public string? Text(YamlNode node, string field)
    {
        if (IsEmpty(node))
        {
            return null;
        }

        return node is YamlScalarNode scalar
            ? scalar.Value
            : throw Error(node, $"{field}: expected one value (a line of text), found {Describe(node)}; write it on the same line as {field}:, without [ ] or a leading -");
    }

    /// <summary>A list of values, or a single value written without brackets, taken as a list of one.</summary>
    public IReadOnlyList<string> Texts(YamlNode node, string field, string example)
    {
        if (IsEmpty(node))
        {
            return [];
        }

        if (node is YamlScalarNode scalar)
        {
            return [scalar.Value ?? string.Empty];
        }

        var items = Items(node, field, $"a list of values such as {example}");
        var texts = new List<string>(items.Count);
        foreach (var item in items)
        {
            texts.Add(item is YamlScalarNode value
                ? value.Value ?? string.Empty
                : throw Error(item, $"{field}: expected each item of the list to be one value, as in {example}, found {Describe(item)}"));
        }

        return texts;
    }

    /// <summary>A whole number; null when the field is empty.</summary>
    public int? Number(YamlNode node, string field)
    {
        var text = Text(node, field);
        if (text is null)
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw Error(node, $"{field}: expected a whole number, found '{text}'");
    }

    public DataFileException Error(YamlNode node, string message) =>
        new(path, (int)node.Start.Line, (int)node.Start.Column, message);

    private static bool IsEmpty(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain, Value: null or "" or "~" or "null" };

    private static string Describe(YamlNode node) => node switch
    {
        YamlSequenceNode => "a list",
        YamlMappingNode => "a set of fields (name: value)",
        YamlScalarNode scalar when IsEmpty(scalar) => "nothing",
        YamlScalarNode scalar => $"the single value '{scalar.Value}'",
        _ => "something else",
    };
}
