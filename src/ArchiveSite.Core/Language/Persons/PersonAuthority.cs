using System.Collections.Frozen;
using ArchiveSite.Core.Language.Text;
using ArchiveSite.Core.Yaml;
using YamlDotNet.RepresentationModel;

namespace ArchiveSite.Core.Language.Persons;

/// <summary>One known person of the authority file.</summary>
internal sealed record KnownPerson(string Name, IReadOnlyList<string> Aliases, string? Description);

/// <summary>
/// The person authority (<c>persons.yml</c>): canonical names, their aliases and excluded names,
/// built-in defaults merged with the site's <c>input/_data/persons.yml</c>.
/// </summary>
internal sealed class PersonAuthority
{
    private readonly FrozenDictionary<string, string> _canonical;
    private readonly FrozenSet<string> _excluded;

    private PersonAuthority(IReadOnlyList<KnownPerson> persons, FrozenDictionary<string, string> canonical, FrozenSet<string> excluded)
    {
        Persons = persons;
        _canonical = canonical;
        _excluded = excluded;
    }

    public IReadOnlyList<KnownPerson> Persons { get; }

    /// <summary>The canonical name for a name or alias; the name itself when unknown.</summary>
    public string Canonical(string name)
    {
        return _canonical.TryGetValue(TextNormalizer.Key(name), out var canonical) ? canonical : name;
    }

    /// <summary>Every canonical name and alias with at least a given name and a surname.</summary>
    public IEnumerable<string> AllNames()
    {
        foreach (var person in Persons)
        {
            yield return person.Name;
            foreach (var alias in person.Aliases)
            {
                yield return alias;
            }
        }
    }

    public bool IsKnown(string name) => _canonical.ContainsKey(TextNormalizer.Key(name));

    public bool IsExcluded(string name) => _excluded.Contains(TextNormalizer.Key(name));

    /// <exception cref="Yaml.DataFileException">A file is not valid YAML or a value has the wrong shape.</exception>
    public static PersonAuthority FromYaml(IEnumerable<YamlText> files)
    {
        var persons = new List<KnownPerson>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var excluded = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var (items, exclude) = Read(file);
            foreach (var item in items)
            {
                var name = item.Name?.Trim();
                if (string.IsNullOrEmpty(name))
                {
                    continue;
                }

                var aliases = new List<string>();
                foreach (var alias in item.Aliases)
                {
                    if (!string.IsNullOrWhiteSpace(alias))
                    {
                        aliases.Add(alias.Trim());
                    }
                }

                var key = TextNormalizer.Key(name);
                if (index.TryGetValue(key, out var at))
                {
                    var old = persons[at];
                    persons[at] = new KnownPerson(old.Name, [.. old.Aliases, .. aliases], item.Description ?? old.Description);
                }
                else
                {
                    index[key] = persons.Count;
                    persons.Add(new KnownPerson(name, aliases, item.Description));
                }
            }

            foreach (var name in exclude)
            {
                if (!string.IsNullOrWhiteSpace(name))
                {
                    excluded.Add(TextNormalizer.Key(name.Trim()));
                }
            }
        }

        var canonical = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var person in persons)
        {
            canonical[TextNormalizer.Key(person.Name)] = person.Name;
        }

        foreach (var person in persons)
        {
            foreach (var alias in person.Aliases)
            {
                canonical.TryAdd(TextNormalizer.Key(alias), person.Name);
            }
        }

        return new PersonAuthority(persons, canonical.ToFrozenDictionary(StringComparer.Ordinal), excluded.ToFrozenSet(StringComparer.Ordinal));
    }

    private static (List<PersonYaml> Persons, IReadOnlyList<string> Exclude) Read(YamlText file)
    {
        var yaml = new YamlDataReader(file.Path);
        var (persons, exclude) = (new List<PersonYaml>(), (IReadOnlyList<string>)[]);
        if (yaml.Root(file.Text) is not { } root)
        {
            return (persons, exclude);
        }

        foreach (var (key, value) in yaml.Fields(root, "the fields persons: (a list of persons) and exclude: (a list of names that are not persons)"))
        {
            if (key == "persons")
            {
                foreach (var item in yaml.Items(value, key, "a list of persons, each starting with '- name:'"))
                {
                    persons.Add(ReadPerson(yaml, item));
                }
            }
            else if (key == "exclude")
            {
                exclude = yaml.Texts(value, key, "[Київ Пост, Дональд Дак]");
            }
        }

        return (persons, exclude);
    }

    private static PersonYaml ReadPerson(YamlDataReader yaml, YamlNode node)
    {
        var person = new PersonYaml();
        foreach (var (key, value) in yaml.Fields(node, "a person: name:, with aliases: and description: if wanted"))
        {
            switch (key)
            {
                case "name":
                    person.Name = yaml.Text(value, key);
                    break;
                case "aliases":
                    person.Aliases = yaml.Texts(value, key, "[Сергей Рябков, Serhii Riabkov]");
                    break;
                case "description":
                    person.Description = yaml.Text(value, key);
                    break;
            }
        }

        return person;
    }

    private sealed class PersonYaml
    {
        public string? Name { get; set; }

        public IReadOnlyList<string> Aliases { get; set; } = [];

        public string? Description { get; set; }
    }
}
