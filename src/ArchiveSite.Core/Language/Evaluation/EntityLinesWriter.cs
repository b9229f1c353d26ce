using System.Text.Encodings.Web;
using System.Text.Json;

namespace ArchiveSite.Core.Language.Evaluation;

/// <summary>
/// The <c>entities</c> command: reads JSON lines with a <c>text</c> field and writes, for each, one line
/// <c>{"persons": [[start, end, surface, nominative], ...], "places": [...], "organizations": [...]}</c>
/// with offsets in Unicode code points.
/// </summary>
public static class EntityLinesWriter
{
    private static readonly JsonWriterOptions s_writerOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Processes every line of <paramref name="input"/>; returns the number of lines written.</summary>
    /// <exception cref="InvalidDataException">A line is not a JSON object with a string <c>text</c> field.</exception>
    public static int Process(TextReader input, TextWriter output, string? dataDirectory = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        var texts = new List<string>();
        var lineNumber = 0;
        while (input.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            texts.Add(ReadText(line, lineNumber));
        }

        var all = EntityExtractor.Extract(texts, dataDirectory);
        using var buffer = new MemoryStream();
        foreach (var mentions in all)
        {
            buffer.SetLength(0);
            using (var writer = new Utf8JsonWriter(buffer, s_writerOptions))
            {
                writer.WriteStartObject();
                WriteArray(writer, "persons", mentions, EntityType.Person);
                WriteArray(writer, "places", mentions, EntityType.Place);
                WriteArray(writer, "organizations", mentions, EntityType.Organization);
                writer.WriteEndObject();
            }

            output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        }

        return all.Count;
    }

    private static string ReadText(string line, int lineNumber)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            if (document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String)
            {
                return text.GetString() ?? string.Empty;
            }
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"line {lineNumber}: not JSON ({ex.Message})", ex);
        }

        throw new InvalidDataException($"line {lineNumber}: no \"text\" string field");
    }

    private static void WriteArray(Utf8JsonWriter writer, string name, IReadOnlyList<EntityMention> mentions, EntityType type)
    {
        writer.WriteStartArray(name);
        foreach (var mention in mentions)
        {
            if (mention.Type != type)
            {
                continue;
            }

            writer.WriteStartArray();
            writer.WriteNumberValue(mention.Start);
            writer.WriteNumberValue(mention.End);
            writer.WriteStringValue(mention.Surface);
            writer.WriteStringValue(mention.Nominative);
            writer.WriteEndArray();
        }

        writer.WriteEndArray();
    }
}
