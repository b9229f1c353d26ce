namespace ArchiveSite.Core.Language.Persons;

/// <summary>How a person is named at one place in the text.</summary>
internal enum MentionKind
{
    /// <summary>Given name and surname ("Стівом Віткоффом").</summary>
    FullName,

    /// <summary>Initials and surname ("В. Зеленський").</summary>
    Initials,

    /// <summary>The surname alone ("Рябков додав").</summary>
    Surname,
}

/// <summary>
/// A person mention: token range [First, Last], the nominative given name (null for surname or initials)
/// and the nominative surname candidates, preferred first.
/// </summary>
internal sealed record PersonMention(
    int First,
    int Last,
    MentionKind Kind,
    string? GivenName,
    IReadOnlyList<string> Surnames,
    Gender Gender)
{
    public string Surname => Surnames[0];

    /// <summary>The full nominative name, or null when the mention has no given name.</summary>
    public string? FullName => GivenName is null ? null : GivenName + " " + Surname;
}
