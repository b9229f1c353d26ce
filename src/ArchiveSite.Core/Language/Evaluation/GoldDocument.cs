using System.Text.Json;
using System.Text.Json.Serialization;

namespace ArchiveSite.Core.Language.Evaluation;

/// <summary>The hand-made answers for one corpus text (<c>NNN.json</c> beside <c>NNN.txt</c>).</summary>
internal sealed class GoldDocument
{
    [JsonPropertyName("title")]
    public string? Title { get; init; }

    [JsonPropertyName("published")]
    public string? Published { get; init; }

    [JsonPropertyName("language")]
    public string? Language { get; init; }

    [JsonPropertyName("persons")]
    public List<string> Persons { get; init; } = [];

    [JsonPropertyName("places")]
    public List<string> Places { get; init; } = [];

    [JsonPropertyName("organizations")]
    public List<string> Organizations { get; init; } = [];

    public static GoldDocument Read(string path)
    {
        return JsonSerializer.Deserialize<GoldDocument>(File.ReadAllText(path))
            ?? throw new InvalidDataException($"{path}: empty gold file");
    }
}
