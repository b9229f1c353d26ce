namespace ArchiveSite.Core.Search.Words;

/// <summary>The characters the word rules treat specially; words.js has the same sets.</summary>
internal static class WordCharacters
{
    public const char Apostrophe = '\'';

    public const char SoftHyphen = '\u00AD';

    /// <summary>' ’ ʼ ` ‘ ´: every way the apostrophe of "п'ять" is typed.</summary>
    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC' or '`' or '\u2018' or '\u00B4';

    /// <summary>Combining diacritics (U+0300–U+036F) and the soft hyphen belong to the word they stand in but never start one.</summary>
    public static bool ContinuesWord(char c) => c is SoftHyphen or (>= '\u0300' and <= '\u036F');

    /// <summary>The acute and grave accents that mark stress in dictionaries and textbooks.</summary>
    public static bool IsStressMark(char c) => c is '\u0301' or '\u0300';
}
