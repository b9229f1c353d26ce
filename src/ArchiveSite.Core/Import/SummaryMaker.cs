namespace ArchiveSite.Core.Import;

/// <summary>The summary of an article: the first sentence of its lead, cut at a word near
/// <see cref="MaxLength"/> characters with an ellipsis when the sentence is longer.</summary>
internal static class SummaryMaker
{
    public const int MaxLength = 200;

    public static string? Make(string? lead)
    {
        if (string.IsNullOrWhiteSpace(lead))
        {
            return null;
        }

        var sentence = FirstSentence(lead);
        if (sentence.Length <= MaxLength)
        {
            return sentence;
        }

        var cut = sentence.LastIndexOf(' ', MaxLength - 1);
        return string.Concat(sentence.AsSpan(0, cut > MaxLength / 2 ? cut : MaxLength - 1).TrimEnd(" ,;:—-–".AsSpan()), "…");
    }

    private static string FirstSentence(string text)
    {
        for (var i = 0; i < text.Length - 2; i++)
        {
            if (text[i] is '.' or '!' or '?' && text[i + 1] == ' ' && char.IsUpper(text[i + 2]) && !IsInitial(text, i))
            {
                return text[..(i + 1)];
            }
        }

        return text;
    }

    /// <summary>A dot after a single capital letter ("В. Зеленський") ends an initial, not a sentence.</summary>
    private static bool IsInitial(string text, int dot) =>
        dot >= 1 && char.IsUpper(text[dot - 1]) && (dot == 1 || !char.IsLetter(text[dot - 2]));
}
