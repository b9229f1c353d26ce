using System.Collections.Frozen;
using ArchiveSite.Core.Language.Text;

namespace ArchiveSite.Core.Language.Persons;

/// <summary>Words that never name a person (<c>not_names.txt</c>): months, weekdays, titles, function words.</summary>
internal static class NameStopList
{
    private static readonly Lazy<FrozenSet<string>> s_words = new(Load);

    public static bool Contains(string word) => s_words.Value.Contains(word);

    private static FrozenSet<string> Load()
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in DataResources.ReadTable("not_names.txt"))
        {
            set.Add(TextNormalizer.Key(row[0].Trim()));
        }

        return set.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }
}
