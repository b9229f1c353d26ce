namespace ArchiveSite.Core.Language.Persons;

/// <summary>One person of an article with all the mentions tied to them.</summary>
internal sealed class PersonCluster
{
    public PersonCluster(string name, string surname, Gender gender, int firstToken)
    {
        Name = name;
        Surname = surname;
        Gender = gender;
        FirstToken = firstToken;
    }

    /// <summary>The nominative name: "Стів Віткофф", or the surname alone when no full name is known.</summary>
    public string Name { get; set; }

    public string Surname { get; set; }

    /// <summary>The nominative given name of the first full-name mention, if any.</summary>
    public string? GivenName { get; init; }

    /// <summary>The initial of the first mention when it was initials and a surname ("В."), else null.</summary>
    public string? Initial { get; init; }

    public Gender Gender { get; }

    public int FirstToken { get; set; }

    public bool HasFullName => Name.Contains(' ', StringComparison.Ordinal);

    public List<PersonMention> Mentions { get; } = [];
}
