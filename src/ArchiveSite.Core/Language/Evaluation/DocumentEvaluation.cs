namespace ArchiveSite.Core.Language.Evaluation;

/// <summary>The outcome for one corpus text: what was missed and what was found wrongly.</summary>
public sealed record DocumentEvaluation(
    string Name,
    Score Persons,
    Score Tags,
    IReadOnlyList<string> MissedPersons,
    IReadOnlyList<string> FalsePersons,
    IReadOnlyList<string> MissedTags,
    IReadOnlyList<string> FalseTags,
    bool? TitleRight,
    bool? DateRight)
{
    /// <summary>The language the reader detected (<c>uk</c> or <c>ru</c>), as import would.</summary>
    public string Language { get; init; } = string.Empty;

    /// <summary>The corpus folder the text came from.</summary>
    public string Part { get; init; } = string.Empty;

    /// <summary>"odd" or "even" by the number the file name starts with, so a corpus can be split into a
    /// half to develop on and a half to check on; empty when the name has no number.</summary>
    public string Half
    {
        get
        {
            var digits = 0;
            while (digits < Name.Length && char.IsAsciiDigit(Name[digits]))
            {
                digits++;
            }

            return digits == 0 ? string.Empty : (Name[digits - 1] - '0') % 2 == 1 ? "odd" : "even";
        }
    }

    /// <summary>The title and date the reader found, for the list of misses.</summary>
    public string? FoundTitle { get; init; }

    public string? FoundDate { get; init; }

    public string? GoldTitle { get; init; }

    public string? GoldDate { get; init; }
}
