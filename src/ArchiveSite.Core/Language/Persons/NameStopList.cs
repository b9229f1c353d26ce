using System.Collections.Frozen;
using ArchiveSite.Core.Language.Text;

namespace ArchiveSite.Core.Language.Persons;

/// <summary>Words that never name a person (<c>not_names.txt</c>): months, weekdays, titles, function words.</summary>
internal static class NameStopList
{
    private static readonly Lazy<FrozenSet<string>> s_words = new(Load);

    public static bool Contains(string word) => s_words.Value.Contains(word);

    /// <summary>True for a role or relation word that introduces a name ("посол", "тренера", "зятем").</summary>
    public static bool IsRole(string word) => RoleEnding(word) is not null;

    /// <summary>
    /// The letters a role word adds to its stem ("лидера" → "а", "лідерів" → "ів", "посол" → "ол"), or null
    /// when the word is no role word.
    /// </summary>
    public static string? RoleEnding(string word)
    {
        var lower = InvariantCase.ToLower(word);
        var roles = s_roles.Value;
        for (var length = Math.Min(lower.Length, 20); length >= 2 && length >= lower.Length - 3; length--)
        {
            if (roles.Contains(lower[..length]))
            {
                return lower[length..];
            }
        }

        return null;
    }

    private static readonly Lazy<FrozenSet<string>> s_roles = new(() =>
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in DataResources.ReadTable("person_roles.txt"))
        {
            set.Add(row[0].Trim());
        }

        return set.ToFrozenSet(StringComparer.Ordinal);
    });

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
