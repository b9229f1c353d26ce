namespace ArchiveSite.Core.Language.Evaluation;

/// <summary>What a mention names.</summary>
public enum EntityType
{
    Person,
    Place,
    Organization,
}

/// <summary>
/// One entity mention in a text: [Start, End) in Unicode code points, the text as written,
/// and the nominative (canonical) name it stands for.
/// </summary>
public sealed record EntityMention(EntityType Type, int Start, int End, string Surface, string Nominative);
