using ArchiveSite.Core.Language.Places;

namespace ArchiveSite.Core.Language.Evaluation;

/// <summary>Mention-level output of the extractor: every person, place and organisation mention with offsets.</summary>
public static class EntityExtractor
{
    /// <summary>The mentions of each text, the texts read as one batch (so names seen in one help another).</summary>
    public static IReadOnlyList<IReadOnlyList<EntityMention>> Extract(IReadOnlyList<string> texts, string? dataDirectory = null)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var annotator = NewsAnnotator.Create(dataDirectory);
        var analyses = annotator.AnalyzeTexts(texts);
        var result = new IReadOnlyList<EntityMention>[texts.Count];
        for (var i = 0; i < texts.Count; i++)
        {
            result[i] = Mentions(analyses[i]);
        }

        return result;
    }

    private static List<EntityMention> Mentions(ArticleAnalysis analysis)
    {
        var text = analysis.Text.Text;
        var codePoints = new CodePointIndex(text);
        var mentions = new List<EntityMention>();
        foreach (var person in analysis.Persons)
        {
            foreach (var mention in person.Mentions)
            {
                var start = analysis.Tokens[mention.First].Start;
                var end = analysis.Tokens[mention.Last].End;
                mentions.Add(new EntityMention(EntityType.Person, codePoints[start], codePoints[end], text[start..end], person.Name));
            }
        }

        foreach (var place in analysis.Places)
        {
            var start = analysis.Tokens[place.First].Start;
            var end = analysis.Tokens[place.Last].End;
            var type = place.Entry.Kind == PlaceKind.Place ? EntityType.Place : EntityType.Organization;
            mentions.Add(new EntityMention(type, codePoints[start], codePoints[end], text[start..end], place.Entry.Canonical));
        }

        mentions.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));
        return mentions;
    }

    /// <summary>Maps UTF-16 indexes of a string to code point indexes.</summary>
    private sealed class CodePointIndex
    {
        private readonly int[]? _map;

        public CodePointIndex(string text)
        {
            var hasSurrogates = false;
            foreach (var c in text)
            {
                if (char.IsSurrogate(c))
                {
                    hasSurrogates = true;
                    break;
                }
            }

            if (!hasSurrogates)
            {
                return;
            }

            _map = new int[text.Length + 1];
            var codePoint = 0;
            for (var i = 0; i < text.Length; i++)
            {
                _map[i] = codePoint;
                if (!(char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])))
                {
                    codePoint++;
                }
            }

            _map[text.Length] = codePoint;
        }

        public int this[int utf16Index] => _map is null ? utf16Index : _map[utf16Index];
    }
}
