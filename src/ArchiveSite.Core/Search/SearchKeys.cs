namespace ArchiveSite.Core.Search;

/// <summary>
/// The index keys met so far, each with a number: articles' keys are kept as numbers (four bytes each, not a
/// reference to a string), and postings are found by number, not by hashing the key again. Numbers are given in
/// the order keys are met, which varies between runs; the index orders keys by their text, so its bytes do not.
/// Safe for many threads.
/// </summary>
internal sealed class SearchKeys
{
    private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);
    private readonly List<string> _keys = [];
    private readonly Lock _lock = new();

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _keys.Count;
            }
        }
    }

    public int NumberOf(string key)
    {
        lock (_lock)
        {
            if (!_numbers.TryGetValue(key, out var number))
            {
                number = _keys.Count;
                _numbers.Add(key, number);
                _keys.Add(key);
            }

            return number;
        }
    }

    public string KeyOf(int number)
    {
        lock (_lock)
        {
            return _keys[number];
        }
    }
}
