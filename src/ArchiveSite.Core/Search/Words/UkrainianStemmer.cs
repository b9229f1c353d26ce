namespace ArchiveSite.Core.Search.Words;

/// <summary>
/// A light Snowball-style stemmer for Ukrainian, written here because no library stems Ukrainian and Russian
/// identically in C# and in the browser; words.js holds the same rules. Like Snowball's Russian it strips one
/// inflection from the region after the first vowel — a gerund, or else (after a reflexive -ся/-сь) an adjective,
/// verb or noun ending — never leaving fewer than three letters. Participles lose their adjective ending and keep
/// their suffix. It then undoes the sound changes some endings make ("енергетиці", "відповідальність") and the -ов
/// of surnames ("Рябков"), and drops a fleeting vowel ("кубок", "кубка").
/// </summary>
public static class UkrainianStemmer
{
    private const string Vowels = "аеєиіїоуюя";

    private const int MinimumStem = 3;

    // Kinds of ending; the noun endings that change the stem before them have kinds of their own.
    private const int NoNounEnding = 0;
    private const int Plain = 1;
    private const int DativeI = 2;
    private const int SoftSignOrYu = 3;

    private static readonly SuffixTable s_gerund = new(("ючи учи ачи ячи вши ивши івши авши", Plain));

    private static readonly SuffixTable s_reflexive = new(("ся сь", Plain));

    private static readonly SuffixTable s_adjective = new(
        ("ий ій ого ього ому ьому им ім ими іми их іх ою ьою ої ьої", Plain));

    private static readonly SuffixTable s_verb = new(
        ("ив ила ило или ів іла іло іли ав ала ало али ув ула уло ули їв їла їло їли", Plain),
        ("ють ують ають яють ить уть ємо єте ете ите имо емо еш єш иш ує ює ає яє", Plain),
        ("тиму тимеш тиме тимемо тимете тимуть", Plain));

    private static readonly SuffixTable s_noun = new(
        ("ь ю", SoftSignOrYu),
        ("а я о е є у ї и й ів їв ей ям ам ом ем єм ями ами ах ях ою ею єю ії ія ію ій ією іям іями іях ієм ові еві єві", Plain),
        ("і", DativeI));

    /// <summary>
    /// Stems that an ending changed, and what they are before the other endings: -і turns к into ц and г into з
    /// ("енергетиці", "перемозі"); -ь and -ю keep the і of -ість, -ості ("відповідальність"); a word without
    /// an ending keeps the ї of "Київ", "Києва".
    /// </summary>
    private static readonly (int Kind, string Changed, string Plain)[] s_alternations =
    [
        (DativeI, "тиц", "тик"),
        (DativeI, "іц", "ік"),
        (DativeI, "риц", "рик"),
        (DativeI, "оц", "ок"),
        (DativeI, "моз", "мог"),
        (DativeI, "дороз", "дорог"),
        (SoftSignOrYu, "іст", "ост"),
        (NoNounEnding, "їв", "єв"),
    ];

    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return StemRegions.CanStem(word) ? StemRegions.WithoutFleetingVowel(Inflected(word), Vowels) : word;
    }

    private static string Inflected(string word)
    {

        var text = word.AsSpan();
        var region = Math.Max(StemRegions.AfterVowel(text, 0, Vowels), MinimumStem);
        var end = RemoveInflection(text, text.Length, region, out var nounKind);
        if (end - 1 >= region && text[end - 1] == 'ь')
        {
            end--;
        }

        foreach (var (kind, changed, plain) in s_alternations)
        {
            if (kind == nounKind && text[..end].EndsWith(changed, StringComparison.Ordinal))
            {
                return string.Concat(text[..(end - changed.Length)], plain);
            }
        }

        end = StemRegions.WithoutPossessiveSuffix(text, end, region);
        return end == word.Length ? word : text[..end].ToString();
    }

    /// <param name="nounKind">The kind of noun ending removed, or 0 when the ending was another.</param>
    private static int RemoveInflection(ReadOnlySpan<char> text, int end, int region, out int nounKind)
    {
        nounKind = NoNounEnding;
        var gerund = s_gerund.Match(text, end, region);
        if (gerund > 0)
        {
            return end - gerund;
        }

        end -= s_reflexive.Match(text, end, region);
        var ending = s_adjective.Match(text, end, region);
        if (ending == 0)
        {
            ending = s_verb.Match(text, end, region);
        }

        if (ending == 0)
        {
            ending = s_noun.Match(text, end, region, out nounKind);
        }

        return end - ending;
    }
}
