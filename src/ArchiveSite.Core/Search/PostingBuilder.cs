namespace ArchiveSite.Core.Search;

/// <summary>
/// The documents of one key, added in ascending order. Sparse (a gap and an impact byte a document) until the
/// key is in more than an eighth of the archive, then two bitmaps, which are smaller from there on and keep the
/// memory of a large archive's common words bounded by the archive's size, not by its postings.
/// </summary>
internal sealed class PostingBuilder(int documentCount)
{
    private byte[] _sparse = new byte[8];
    private int _sparseLength;
    private int _last = -1;
    private byte[]? _present;
    private byte[]? _strong;

    public int Count { get; private set; }

    public bool Dense => _present is not null;

    private int DenseThreshold => Math.Max(64, documentCount / 8);

    private int BitmapLength => (documentCount + 7) / 8;

    /// <param name="flags">The impact and the strong-field bit (<see cref="Impact.Flags"/>).</param>
    public void Add(int document, byte flags)
    {
        if (document <= _last)
        {
            throw new InvalidOperationException("Documents must be added in ascending order.");
        }

        Count++;
        if (_present is null)
        {
            AppendSparse(document - _last, flags);
            if (Count > DenseThreshold)
            {
                ToBitmaps();
            }
        }
        else
        {
            SetBit(_present, document);
            if ((flags & Impact.StrongBit) != 0)
            {
                SetBit(_strong!, document);
            }
        }

        _last = document;
    }

    /// <summary>The posting as written in a shard: its encoding (0 sparse, 1 dense) and its bytes.</summary>
    public (byte Encoding, ReadOnlyMemory<byte> Bytes) Encoded()
    {
        if (_present is null)
        {
            return (0, _sparse.AsMemory(0, _sparseLength));
        }

        var bytes = new byte[_present.Length * 2];
        _present.CopyTo(bytes, 0);
        _strong!.CopyTo(bytes, _present.Length);
        return (1, bytes);
    }

    private void AppendSparse(int gap, byte flags)
    {
        if (_sparseLength + 6 > _sparse.Length)
        {
            Array.Resize(ref _sparse, _sparse.Length * 2);
        }

        _sparseLength += Varint.Write(_sparse.AsSpan(_sparseLength), (uint)gap);
        _sparse[_sparseLength++] = flags;
    }

    private void ToBitmaps()
    {
        _present = new byte[BitmapLength];
        _strong = new byte[BitmapLength];
        var document = -1;
        var position = 0;
        while (position < _sparseLength)
        {
            position += Varint.Read(_sparse.AsSpan(position), out var gap);
            document += (int)gap;
            SetBit(_present, document);
            if ((_sparse[position++] & Impact.StrongBit) != 0)
            {
                SetBit(_strong, document);
            }
        }

        _sparse = [];
        _sparseLength = 0;
    }

    private static void SetBit(byte[] bitmap, int document) => bitmap[document >> 3] |= (byte)(1 << (document & 7));
}
