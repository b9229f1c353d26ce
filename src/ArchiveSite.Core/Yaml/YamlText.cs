namespace ArchiveSite.Core.Yaml;

/// <summary>The text of a YAML file and the path its messages name.</summary>
public sealed record YamlText(string Path, string Text);
