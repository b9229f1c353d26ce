namespace ArchiveSite.Core.Search.Words;

/// <summary>
/// The Snowball Russian stemmer (snowballstem.org, russian.sbl), ported by hand because no library stems
/// Ukrainian and Russian identically in C# and in the browser; words.js holds the same port. One step is
/// added at the end (<see cref="StemRegions.WithoutPossessiveSuffix"/>) so that surnames in -ов/-ев get one key.
/// </summary>
public static class RussianStemmer
{
    private const string Vowels = "аеиоуыэюя";

    private const int AfterAOrYa = 1;
    private const int Always = 2;

    private static readonly SuffixTable s_perfectiveGerund = new(
        ("в вши вшись", AfterAOrYa),
        ("ив ыв ивши ывши ившись ывшись", Always));

    private static readonly SuffixTable s_adjective = new(
        ("ее ие ое ые ими ыми ей ий ой ый ем им ом ым его ого ему ому их ых ею ою ую юю ая яя", Always));

    private static readonly SuffixTable s_participle = new(
        ("ем нн вш ющ щ", AfterAOrYa),
        ("ивш ывш ующ", Always));

    private static readonly SuffixTable s_reflexive = new(("ся сь", Always));

    private static readonly SuffixTable s_verb = new(
        ("ла на ете йте ли й л ем н ло но ет ют ны ть ешь нно", AfterAOrYa),
        ("ила ыла ена ейте уйте ите или ыли ей уй ил ыл им ым ен ило ыло ено ят ует уют ит ыт ены ить ыть ишь ую ю", Always));

    private static readonly SuffixTable s_noun = new(
        ("а ев ов ие ье е иями ями ами еи ии и ией ей ой ий й иям ям ием ем ам ом о у ах иях ях ы ь ию ью ю ия ья я", Always));

    private static readonly SuffixTable s_derivational = new(("ост ость", Always));

    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (!StemRegions.CanStem(word))
        {
            return word;
        }

        var text = word.Replace('ё', 'е').AsSpan();
        var rv = StemRegions.AfterVowel(text, 0, Vowels);
        var r1 = StemRegions.AfterNonVowel(text, rv, Vowels);
        var r2 = StemRegions.AfterNonVowel(text, StemRegions.AfterVowel(text, r1, Vowels), Vowels);

        var end = RemoveInflection(text, text.Length, rv);
        if (end > rv && text[end - 1] == 'и')
        {
            end--;
        }

        var derivational = s_derivational.Match(text, end, rv);
        if (derivational > 0 && end - derivational >= r2)
        {
            end -= derivational;
        }

        end = TidyUp(text, end, rv);
        end = StemRegions.WithoutPossessiveSuffix(text, end, rv);
        return StemRegions.WithoutFleetingVowel(end == word.Length ? word : text[..end].ToString(), Vowels);
    }

    /// <summary>A perfective gerund, or else a reflexive ending followed by an adjectival, verb or noun ending.</summary>
    private static int RemoveInflection(ReadOnlySpan<char> text, int end, int rv)
    {
        if (TryRemove(s_perfectiveGerund, text, ref end, rv))
        {
            return end;
        }

        end -= s_reflexive.Match(text, end, rv);
        if (TryRemoveAdjectival(text, ref end, rv) || TryRemove(s_verb, text, ref end, rv))
        {
            return end;
        }

        return end - s_noun.Match(text, end, rv);
    }

    private static bool TryRemoveAdjectival(ReadOnlySpan<char> text, ref int end, int rv)
    {
        var adjective = s_adjective.Match(text, end, rv);
        if (adjective == 0)
        {
            return false;
        }

        end -= adjective;
        TryRemove(s_participle, text, ref end, rv);
        return true;
    }

    /// <summary>Removes the longest ending of <paramref name="table"/>; an ending of the first kind only after а or я.</summary>
    private static bool TryRemove(SuffixTable table, ReadOnlySpan<char> text, ref int end, int rv)
    {
        var length = table.Match(text, end, rv, out var kind);
        if (length == 0)
        {
            return false;
        }

        var start = end - length;
        if (kind == AfterAOrYa && !(start - 1 >= rv && text[start - 1] is 'а' or 'я'))
        {
            return false;
        }

        end = start;
        return true;
    }

    /// <summary>-ейш(е) goes, then нн becomes н; a final ь goes.</summary>
    private static int TidyUp(ReadOnlySpan<char> text, int end, int rv)
    {
        var stem = text[..end];
        if (stem.EndsWith("ейше", StringComparison.Ordinal) && end - 4 >= rv)
        {
            return WithoutDoubleN(text, end - 4, rv);
        }

        if (stem.EndsWith("ейш", StringComparison.Ordinal) && end - 3 >= rv)
        {
            return WithoutDoubleN(text, end - 3, rv);
        }

        if (end - 1 >= rv && text[end - 1] == 'ь')
        {
            return end - 1;
        }

        return WithoutDoubleN(text, end, rv);
    }

    private static int WithoutDoubleN(ReadOnlySpan<char> text, int end, int rv) =>
        end - 2 >= rv && text[end - 1] == 'н' && text[end - 2] == 'н' ? end - 1 : end;
}
