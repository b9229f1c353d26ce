using System.Collections;

namespace ArchiveSite.Core.Search.Words;

/// <summary>The words of one text, in order.</summary>
public readonly struct WordTokenSequence : IEnumerable<WordToken>
{
    private readonly string _text;

    internal WordTokenSequence(string text) => _text = text;

    public Enumerator GetEnumerator() => new(_text);

    IEnumerator<WordToken> IEnumerable<WordToken>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public struct Enumerator : IEnumerator<WordToken>
    {
        private readonly string _text;
        private int _next;

        internal Enumerator(string text)
        {
            _text = text;
            _next = 0;
            Current = default;
        }

        public WordToken Current { get; private set; }

        readonly object IEnumerator.Current => Current;

        public bool MoveNext()
        {
            var start = _next;
            while (start < _text.Length && !char.IsLetterOrDigit(_text[start]))
            {
                start++;
            }

            if (start >= _text.Length)
            {
                _next = _text.Length;
                return false;
            }

            _next = WordTokenizer.WordEnd(_text, start);
            Current = new WordToken(start, _next - start);
            return true;
        }

        public void Reset() => _next = 0;

        public readonly void Dispose()
        {
        }
    }
}
