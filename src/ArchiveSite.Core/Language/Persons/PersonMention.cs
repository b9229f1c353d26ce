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

    /// <summary>The given name alone ("Наталія розповіла"), tied to the one person of the article with it.</summary>
    GivenName,
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
    /// <summary>Other given names the same form could come from ("Марка": Марко or Марк), for the authority to choose.</summary>
    public IReadOnlyList<string> GivenAlternatives { get; init; } = [];

    /// <summary>The first initial of an initials mention ("В."), else null.</summary>
    public string? Initial { get; init; }

    public string Surname => Surnames[0];

    /// <summary>The full nominative name, or null when the mention has no given name.</summary>
    public string? FullName => GivenName is null ? null : GivenName + " " + Surname;
}
