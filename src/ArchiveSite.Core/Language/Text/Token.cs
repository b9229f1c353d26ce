namespace ArchiveSite.Core.Language.Text;

/// <summary>What a token is made of.</summary>
internal enum TokenKind
{
    Word,
    Number,
    Punctuation,
}

/// <summary>
/// One token of a text: a word (letters with inner apostrophes and hyphens), a number or one punctuation mark.
/// <see cref="Start"/> and <see cref="End"/> index the original text; <see cref="Value"/> is the cleaned word
/// (stress marks and soft hyphens removed, apostrophes unified).
/// </summary>
internal readonly record struct Token(TokenKind Kind, int Start, int End, string Value, bool SpaceBefore, bool NewLineBefore)
{
    public bool IsWord => Kind == TokenKind.Word;

    public bool IsCapitalized => Kind == TokenKind.Word && char.IsUpper(Value[0]);

    /// <summary>Two or more letters, all upper case (НАТО, ЗСУ, США).</summary>
    public bool IsAllCaps
    {
        get
        {
            if (Kind != TokenKind.Word || Value.Length < 2)
            {
                return false;
            }

            foreach (var c in Value)
            {
                if (char.IsLetter(c) && !char.IsUpper(c))
                {
                    return false;
                }
            }

            return true;
        }
    }

    public bool IsLatin => Kind == TokenKind.Word && Value[0] is >= 'A' and <= 'z';

    public bool Is(char punctuation) => Kind == TokenKind.Punctuation && Value[0] == punctuation;
}
