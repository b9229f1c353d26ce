using YamlDotNet.RepresentationModel;

namespace ArchiveSite.Core.Yaml;

/// <summary>A field of a YAML mapping: its name, the node of the name (for messages about the name itself),
/// and its value.</summary>
internal readonly record struct YamlField(string Key, YamlNode KeyNode, YamlNode Value)
{
    public void Deconstruct(out string key, out YamlNode value) => (key, value) = (Key, Value);
}
