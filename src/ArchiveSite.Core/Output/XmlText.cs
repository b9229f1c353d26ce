using System.Text;
using System.Xml;

namespace ArchiveSite.Core.Output;

/// <summary>Writing XML documents (feeds, sitemaps) the same way every time: UTF-8 without a byte order
/// mark, two-space indentation, '\n' line ends, and text cleared of characters XML cannot hold.</summary>
internal static class XmlText
{
    public static byte[] Write(Action<XmlWriter> write)
    {
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            NewLineHandling = NewLineHandling.Replace,
        };
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, settings))
        {
            write(writer);
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    /// <summary>The text without the control characters XML 1.0 forbids (a scraper's stray \u0001).</summary>
    public static string Clean(string text)
    {
        var firstBad = -1;
        for (var i = 0; i < text.Length; i++)
        {
            if (!IsValid(text, i))
            {
                firstBad = i;
                break;
            }
        }

        if (firstBad < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        builder.Append(text, 0, firstBad);
        for (var i = firstBad; i < text.Length; i++)
        {
            if (IsValid(text, i))
            {
                builder.Append(text[i]);
            }
        }

        return builder.ToString();
    }

    private static bool IsValid(string text, int i)
    {
        var c = text[i];
        if (char.IsHighSurrogate(c))
        {
            return i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
        }

        if (char.IsLowSurrogate(c))
        {
            return i > 0 && char.IsHighSurrogate(text[i - 1]);
        }

        return XmlConvert.IsXmlChar(c);
    }
}
