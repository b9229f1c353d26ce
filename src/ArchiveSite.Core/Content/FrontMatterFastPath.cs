using System.Text;
using YamlDotNet.Serialization;

namespace ArchiveSite.Core.Content;

/// <summary>
/// Reads the front matter the way <see cref="FrontMatterWriter"/> writes it — one <c>key: value</c> a line,
/// values double-quoted with the writer's escapes, plain words, or flow lists of those — without building
/// a YAML parser. Anything else (comments, block lists, other escapes, unknown keys, anchors, words YAML
/// reads as null or booleans) is declined, and the page goes to YamlDotNet, which has the last word on
/// every page this path does not read.
/// </summary>
internal static class FrontMatterFastPath
{
    public static bool TryRead(string yaml, out FrontMatterFields fields)
    {
        fields = new FrontMatterFields();
        var seen = 0;
        var position = 0;
        while (position < yaml.Length)
        {
            var end = yaml.IndexOf('\n', position);
            if (end < 0)
            {
                end = yaml.Length;
            }

            var line = yaml.AsSpan(position, end - position);
            position = end + 1;
            var colon = line.IndexOf(": ", StringComparison.Ordinal);
            if (colon <= 0)
            {
                return false;
            }

            var key = line[..colon];
            var value = line[(colon + 2)..];
            var bit = KeyBit(key);
            if (bit == 0 || (seen & bit) != 0 || value.IsEmpty)
            {
                return false;
            }

            seen |= bit;
            if (bit is TagsBit or PersonsBit)
            {
                if (!TryList(value, out var list))
                {
                    return false;
                }

                if (bit == TagsBit)
                {
                    fields.Tags = list;
                }
                else
                {
                    fields.Persons = list;
                }

                continue;
            }

            if (!TryScalar(value, out var text))
            {
                return false;
            }

            switch (bit)
            {
                case TitleBit: fields.Title = text; break;
                case SubtitleBit: fields.Subtitle = text; break;
                case DateBit: fields.Date = text; break;
                case SlugBit: fields.Slug = text; break;
                case LangBit: fields.Lang = text; break;
                case SummaryBit: fields.Summary = text; break;
                case SourceBit: fields.Source = text; break;
                case ImageCreditBit: fields.ImageCredit = text; break;
                default: fields.Seed = text; break;
            }
        }

        return true;
    }

    private const int TitleBit = 1, SubtitleBit = 2, DateBit = 4, SlugBit = 8, LangBit = 16, SummaryBit = 32,
        TagsBit = 64, PersonsBit = 128, SourceBit = 256, ImageCreditBit = 512, SeedBit = 1024;

    private static int KeyBit(ReadOnlySpan<char> key) => key switch
    {
        FrontMatterKeys.Title => TitleBit,
        FrontMatterKeys.Subtitle => SubtitleBit,
        FrontMatterKeys.Date => DateBit,
        FrontMatterKeys.Slug => SlugBit,
        FrontMatterKeys.Lang => LangBit,
        FrontMatterKeys.Summary => SummaryBit,
        FrontMatterKeys.Tags => TagsBit,
        FrontMatterKeys.Persons => PersonsBit,
        FrontMatterKeys.Source => SourceBit,
        FrontMatterKeys.ImageCredit => ImageCreditBit,
        FrontMatterKeys.Seed => SeedBit,
        _ => 0,
    };

    private static bool TryScalar(ReadOnlySpan<char> value, out string text)
    {
        if (value[0] == '"')
        {
            return TryQuoted(value, out text, out var length) && length == value.Length;
        }

        text = string.Empty;
        if (!IsPlain(value))
        {
            return false;
        }

        text = value.ToString();
        return true;
    }

    private static bool TryList(ReadOnlySpan<char> value, out List<string?> list)
    {
        list = [];
        if (value.Length < 2 || value[0] != '[' || value[^1] != ']')
        {
            return false;
        }

        var items = value[1..^1];
        while (!items.IsEmpty)
        {
            string item;
            int length;
            if (items[0] == '"')
            {
                if (!TryQuoted(items, out item, out length))
                {
                    return false;
                }
            }
            else
            {
                length = items.IndexOf(',');
                if (length < 0)
                {
                    length = items.Length;
                }

                if (!IsPlain(items[..length]))
                {
                    return false;
                }

                item = items[..length].ToString();
            }

            list.Add(item);
            items = items[length..];
            if (items.IsEmpty)
            {
                break;
            }

            if (!items.StartsWith(", ") || items.Length == 2)
            {
                return false;
            }

            items = items[2..];
        }

        return true;
    }

    /// <summary>A double-quoted scalar at the start of <paramref name="value"/>, with the escapes the writer uses.</summary>
    private static bool TryQuoted(ReadOnlySpan<char> value, out string text, out int length)
    {
        text = string.Empty;
        length = 0;
        var close = 1;
        var escapes = false;
        while (true)
        {
            var next = value[close..].IndexOfAny('"', '\\');
            if (next < 0)
            {
                return false;
            }

            close += next;
            if (value[close] == '"')
            {
                break;
            }

            escapes = true;
            close += close + 1 < value.Length && value[close + 1] == 'u' ? 6 : 2;
            if (close >= value.Length)
            {
                return false;
            }
        }

        length = close + 1;
        var inner = value[1..close];
        foreach (var c in inner)
        {
            if (c is < ' ' or '\u007F' or '\u0085' or '\u2028' or '\u2029' or '\uFEFF' || char.IsSurrogate(c))
            {
                return false;
            }
        }

        if (!escapes)
        {
            text = inner.ToString();
            return true;
        }

        var builder = new StringBuilder(inner.Length);
        for (var i = 0; i < inner.Length; i++)
        {
            var c = inner[i];
            if (c != '\\')
            {
                builder.Append(c);
                continue;
            }

            var escape = inner[++i];
            switch (escape)
            {
                case '"': builder.Append('"'); break;
                case '\\': builder.Append('\\'); break;
                case 'n': builder.Append('\n'); break;
                case 't': builder.Append('\t'); break;
                case 'r': builder.Append('\r'); break;
                case 'u' when i + 4 < inner.Length && ushort.TryParse(inner.Slice(i + 1, 4), System.Globalization.NumberStyles.AllowHexSpecifier, null, out var code):
                    builder.Append((char)code);
                    i += 4;
                    break;
                default: return false;
            }
        }

        text = builder.ToString();
        return true;
    }

    /// <summary>Plain words as the writer leaves them unquoted, plus dates: a letter or digit at both ends, inside
    /// only letters, digits, single spaces and <c>- . ' ’ ʼ _ : +</c>, never ": ", and no word YAML reads as null
    /// or a boolean.</summary>
    private static bool IsPlain(ReadOnlySpan<char> value)
    {
        if (value.IsEmpty || !char.IsLetterOrDigit(value[0]) || !char.IsLetterOrDigit(value[^1]) || IsReserved(value))
        {
            return false;
        }

        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsLetterOrDigit(c) || c is '-' or '.' or '\'' or '’' or 'ʼ' or '_' or '+')
            {
                continue;
            }

            if (c == ' ' && value[i - 1] is not (' ' or ':'))
            {
                continue;
            }

            if (c == ':' && value[i + 1] != ' ')
            {
                continue;
            }

            return false;
        }

        return true;
    }

    private static bool IsReserved(ReadOnlySpan<char> value) =>
        value.Length <= 5 && (value.Equals("true", StringComparison.OrdinalIgnoreCase) || value.Equals("false", StringComparison.OrdinalIgnoreCase)
            || value.Equals("yes", StringComparison.OrdinalIgnoreCase) || value.Equals("no", StringComparison.OrdinalIgnoreCase)
            || value.Equals("on", StringComparison.OrdinalIgnoreCase) || value.Equals("off", StringComparison.OrdinalIgnoreCase)
            || value.Equals("null", StringComparison.OrdinalIgnoreCase) || value.Equals("y", StringComparison.OrdinalIgnoreCase)
            || value.Equals("n", StringComparison.OrdinalIgnoreCase));
}

/// <summary>The front matter's fields as written, before validation (also the YAML mapping YamlDotNet fills).</summary>
internal sealed class FrontMatterFields
{
    [YamlMember(Alias = FrontMatterKeys.Title)]
    public string? Title { get; set; }

    [YamlMember(Alias = FrontMatterKeys.Subtitle)]
    public string? Subtitle { get; set; }

    [YamlMember(Alias = FrontMatterKeys.Date)]
    public string? Date { get; set; }

    [YamlMember(Alias = FrontMatterKeys.Slug)]
    public string? Slug { get; set; }

    [YamlMember(Alias = FrontMatterKeys.Lang)]
    public string? Lang { get; set; }

    [YamlMember(Alias = FrontMatterKeys.Summary)]
    public string? Summary { get; set; }

    [YamlMember(Alias = FrontMatterKeys.Tags)]
    public List<string?>? Tags { get; set; }

    [YamlMember(Alias = FrontMatterKeys.Persons)]
    public List<string?>? Persons { get; set; }

    [YamlMember(Alias = FrontMatterKeys.Source)]
    public string? Source { get; set; }

    [YamlMember(Alias = FrontMatterKeys.ImageCredit)]
    public string? ImageCredit { get; set; }

    [YamlMember(Alias = FrontMatterKeys.Seed)]
    public string? Seed { get; set; }
}
