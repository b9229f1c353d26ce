using ArchiveSite.Core.Language.Text;

namespace ArchiveSite.Core.Language.Places;

/// <summary>
/// Finds outlets named as a source, whether or not the gazetteer knows them: after "повідомляє", "пише",
/// "передає", "з посиланням на", "Джерело:" and the like, and in photo credits ("Фото: Filip Singer/EPA").
/// The name is a quoted title or a short run of capitalised, upper-case or Latin words.
/// </summary>
internal static class AttributionFinder
{
    private const int MaxWords = 3;

    private static readonly HashSet<string> s_verbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "повідомляє", "повідомило", "пише", "писало", "писала", "передає", "інформує",
        "сообщает", "сообщило", "пишет", "передает", "информирует", "цитує", "цитирует", "Джерело", "Источник",
    };

    private static readonly HashSet<string> s_outletNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "видання", "виданню", "агентство", "агентству", "телеканал", "телеканалу", "газета", "газеті", "сайт", "сайту",
        "портал", "порталу", "радіо", "журнал", "журналу", "издание", "агентство", "телеканал", "газета", "сайт", "портал",
    };

    /// <summary>Outlet names after attribution words, as matches of kind <see cref="PlaceKind.Media"/>.</summary>
    public static IEnumerable<PlaceMatch> Find(string text, List<Token> tokens, bool[] taken)
    {
        for (var i = 0; i < tokens.Count - 1; i++)
        {
            var token = tokens[i];
            int start;
            if (token.IsWord && s_verbs.Contains(token.Value))
            {
                start = i + 1;
                if (start < tokens.Count && tokens[start].Is(':'))
                {
                    start++;
                }
            }
            else if (token.IsWord && token.Value is "посиланням" or "ссылкой" && i + 2 < tokens.Count
                && tokens[i + 1].Value is "на")
            {
                start = i + 2;
            }
            else if (token.IsWord && token.Value is "Фото" or "Photo" && tokens[i + 1].Is(':'))
            {
                foreach (var credit in Credits(text, tokens, taken, i + 2))
                {
                    yield return credit;
                }

                continue;
            }
            else
            {
                continue;
            }

            if (start < tokens.Count && tokens[start].IsWord && s_outletNouns.Contains(tokens[start].Value))
            {
                start++;
            }

            if (TryName(text, tokens, taken, start, out var match))
            {
                yield return match;
            }
        }
    }

    private static IEnumerable<PlaceMatch> Credits(string text, List<Token> tokens, bool[] taken, int start)
    {
        var i = start;
        while (i < tokens.Count && !tokens[i].NewLineBefore)
        {
            if (TryName(text, tokens, taken, i, out var match))
            {
                yield return match;
                i = match.Last + 1;
            }
            else if (tokens[i].IsWord && !tokens[i].IsCapitalized && !tokens[i].IsLatin)
            {
                yield break;
            }
            else
            {
                i++;
            }

            if (i < tokens.Count && (tokens[i].Is('/') || tokens[i].Is(',')))
            {
                i++;
            }
            else
            {
                yield break;
            }
        }
    }

    private static bool TryName(string text, List<Token> tokens, bool[] taken, int start, out PlaceMatch match)
    {
        match = default;
        if (start >= tokens.Count || taken[start])
        {
            return false;
        }

        // A quoted title: «Главком», "Укрінформ".
        if (tokens[start].Kind == TokenKind.Punctuation && tokens[start].Value[0] is '«' or '"' or '“' or '„')
        {
            var end = start + 1;
            while (end < tokens.Count && end - start <= 6 && !(tokens[end].Kind == TokenKind.Punctuation && tokens[end].Value[0] is '»' or '"' or '”' or '“'))
            {
                end++;
            }

            if (end >= tokens.Count || end == start + 1 || end - start > 6 || !tokens[start + 1].IsCapitalized)
            {
                return false;
            }

            var name = text[tokens[start + 1].Start..tokens[end - 1].End];
            match = new PlaceMatch(start + 1, end - 1, new PlaceEntry(name, PlaceKind.Media));
            return true;
        }

        var first = tokens[start];
        if (!first.IsWord || !(first.IsCapitalized || first.IsLatin)
            || (first.Value is "http" or "https" or "www") || (start + 1 < tokens.Count && tokens[start + 1].Is(':')))
        {
            return false;
        }

        var latin = first.IsLatin;
        var last = start;
        var words = 1;
        for (var k = start + 1; k < tokens.Count && words < MaxWords; k++)
        {
            var t = tokens[k];
            if (taken[k])
            {
                break;
            }

            // "Цензор.НЕТ", "Новини.LIVE": a dot inside the name.
            if (t.Is('.') && !t.SpaceBefore && k + 1 < tokens.Count && tokens[k + 1].IsWord && !tokens[k + 1].SpaceBefore)
            {
                last = k + 1;
                k++;
                continue;
            }

            if (!t.IsWord || !t.SpaceBefore || t.NewLineBefore || !(latin ? t.IsLatin : t.IsCapitalized))
            {
                break;
            }

            last = k;
            words++;
        }

        var surface = text[first.Start..tokens[last].End];
        match = new PlaceMatch(start, last, new PlaceEntry(surface, PlaceKind.Media));
        return true;
    }
}
