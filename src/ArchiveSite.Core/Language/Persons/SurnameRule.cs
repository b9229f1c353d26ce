using ArchiveSite.Core.Language.Text;
namespace ArchiveSite.Core.Language.Persons;

/// <summary>One line of <c>surname_rules.tsv</c>: an oblique ending and the nominative ending it comes from.</summary>
internal sealed record SurnameRule(
    string Language,
    Gender Gender,
    GrammaticalCase Cases,
    string Ending,
    string NominativeEnding,
    char Condition)
{
    private const string Vowels = "аеєиіїоуюяыэё";

    /// <summary>True when the letter before the ending satisfies the rule's condition.</summary>
    public bool Accepts(ReadOnlySpan<char> stem)
    {
        if (stem.Length < 2)
        {
            return false;
        }

        var last = InvariantCase.ToLower(stem[^1]);
        return Condition switch
        {
            'V' => Vowels.Contains(last),
            'C' => !Vowels.Contains(last) && last != '\'',
            'H' => last is 'ж' or 'ш' or 'ч' or 'щ' or 'ц',
            'K' => last is 'г' or 'к' or 'х',
            'O' => HasPossessiveStem(stem),
            '-' => !HasPossessiveStem(stem),
            _ => true,
        };
    }

    /// <summary>-ов/-ев/-єв/-ін/-їн/-ин stems (Рябков, Путін) take -им in the instrumental and -і in the locative.</summary>
    public static bool HasPossessiveStem(ReadOnlySpan<char> stem)
    {
        if (stem.Length < 3)
        {
            return false;
        }

        var last = InvariantCase.ToLower(stem[^1]);
        var before = InvariantCase.ToLower(stem[^2]);
        return (last == 'в' && before is 'о' or 'е' or 'є' or 'ё')
            || (last == 'н' && before is 'і' or 'ї' or 'и' or 'ы');
    }
}
