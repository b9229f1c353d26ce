namespace ArchiveSite.Core.Language.Persons;

/// <summary>The cases a word form may stand in, as flags: one form often serves several cases.</summary>
[Flags]
internal enum GrammaticalCase
{
    None = 0,
    Nominative = 1,
    Genitive = 2,
    Dative = 4,
    Accusative = 8,
    Instrumental = 16,
    Locative = 32,
    Vocative = 64,
}

internal enum Gender
{
    Unknown,
    Masculine,
    Feminine,
}

internal static class GrammaticalCaseCodes
{
    /// <summary>Parses "NGDAILV" letters.</summary>
    public static GrammaticalCase Parse(ReadOnlySpan<char> letters)
    {
        var result = GrammaticalCase.None;
        foreach (var c in letters)
        {
            result |= c switch
            {
                'N' => GrammaticalCase.Nominative,
                'G' => GrammaticalCase.Genitive,
                'D' => GrammaticalCase.Dative,
                'A' => GrammaticalCase.Accusative,
                'I' => GrammaticalCase.Instrumental,
                'L' => GrammaticalCase.Locative,
                'V' => GrammaticalCase.Vocative,
                _ => GrammaticalCase.None,
            };
        }

        return result;
    }
}
