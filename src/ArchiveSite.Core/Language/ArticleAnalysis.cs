using ArchiveSite.Core.Language.Persons;
using ArchiveSite.Core.Language.Places;
using ArchiveSite.Core.Language.Text;

namespace ArchiveSite.Core.Language;

/// <summary>What one article's text holds: tokens, gazetteer names, persons and topic counts.</summary>
internal sealed class ArticleAnalysis
{
    public required ArticleText Text { get; init; }

    public required string Language { get; init; }

    public required List<Token> Tokens { get; init; }

    public required List<PlaceMatch> Places { get; init; }

    public required List<PersonCluster> Persons { get; init; }

    /// <summary>Capitalised words that may be a surname alone, for the archive-wide authority.</summary>
    public required List<int> LoneSurnameCandidates { get; init; }

    public required bool[] Blocked { get; init; }

    public required int[] TopicCounts { get; init; }

    /// <summary>Per topic, the matching words in the headline, sub-headline and lead.</summary>
    public required int[] CentralTopicCounts { get; init; }
}
