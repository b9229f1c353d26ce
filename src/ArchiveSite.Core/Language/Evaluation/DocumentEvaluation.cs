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
    bool? DateRight);
