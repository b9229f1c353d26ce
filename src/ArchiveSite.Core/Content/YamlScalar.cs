using System.Globalization;
using System.Text;

namespace ArchiveSite.Core.Content;

/// <summary>Writes YAML scalars: double-quoted with escapes, or plain where nothing in the text could be
/// read as YAML syntax.</summary>
internal static class YamlScalar
{
    private static readonly HashSet<string> s_reservedPlainWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "true", "false", "yes", "no", "on", "off", "null", "y", "n", "~",
    };

    public static void AppendQuoted(StringBuilder builder, string value)
    {
        builder.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                case '\u0085' or '\u2028' or '\u2029' or '\uFEFF':
                case < ' ' or '\u007F':
                    builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        builder.Append('"');
    }

    /// <summary>Plain when the value is words of letters and digits (with inner spaces, hyphens, dots and
    /// apostrophes), else quoted. Plain keeps lists such as <c>[Росія, США]</c> readable.</summary>
    public static void AppendPlainOrQuoted(StringBuilder builder, string value)
    {
        if (IsSafePlain(value))
        {
            builder.Append(value);
        }
        else
        {
            AppendQuoted(builder, value);
        }
    }

    private static bool IsSafePlain(string value)
    {
        if (value.Length == 0 || !char.IsLetterOrDigit(value[0]) || !char.IsLetterOrDigit(value[^1]) || s_reservedPlainWords.Contains(value))
        {
            return false;
        }

        if (char.IsDigit(value[0]))
        {
            return false;
        }

        foreach (var c in value)
        {
            if (!(char.IsLetterOrDigit(c) || c is ' ' or '-' or '.' or '\'' or '’' or 'ʼ'))
            {
                return false;
            }
        }

        return !value.Contains("  ", StringComparison.Ordinal);
    }
}
