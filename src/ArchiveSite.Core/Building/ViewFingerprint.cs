using System.Buffers.Binary;
using System.Collections;
using System.Collections.Concurrent;
using System.IO.Hashing;
using System.Reflection;
using System.Runtime.InteropServices;
using ArchiveSite.Core.Site.Views;

namespace ArchiveSite.Core.Building;

/// <summary>
/// The fingerprint of a page view: a 128-bit hash over every public property of the view and of every record
/// and list inside it, each value framed by its kind and length, so that two views with equal fingerprints
/// render the same page. Walks the view by reflection (property lists cached per type) into one buffer and
/// hashes the buffer; the site-wide <see cref="SiteChrome"/> every view shares is walked once per thread.
/// </summary>
internal static class ViewFingerprint
{
    private static readonly ConcurrentDictionary<Type, (PropertyInfo[] Properties, long Id)> s_types = new();

    [ThreadStatic]
    private static Buffer? s_buffer;

    [ThreadStatic]
    private static SiteChrome? s_chrome;

    [ThreadStatic]
    private static byte[]? s_chromeBytes;

    public static string Of(PageView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var buffer = s_buffer ??= new Buffer();
        buffer.Length = 0;
        Add(buffer, view);
        return "v" + Convert.ToHexStringLower(XxHash128.Hash(buffer.Span));
    }

    private static void Add(Buffer buffer, object? value)
    {
        switch (value)
        {
            case null:
                buffer.AddLong(0);
                break;
            case string text:
                buffer.AddLong(1 + ((long)text.Length << 8));
                buffer.Add(MemoryMarshal.AsBytes(text.AsSpan()));
                break;
            case int number:
                buffer.AddLong(2 + ((long)number << 8));
                break;
            case bool flag:
                buffer.AddLong(flag ? 3 : 4);
                break;
            case Enum choice:
                buffer.AddLong(5 + ((long)Convert.ToInt32(choice, System.Globalization.CultureInfo.InvariantCulture) << 8));
                break;
            case DateTimeOffset date:
                buffer.AddLong(6);
                buffer.AddLong(date.Ticks);
                buffer.AddLong(date.Offset.Ticks);
                break;
            case SiteChrome chrome:
                if (!ReferenceEquals(chrome, s_chrome))
                {
                    var own = new Buffer();
                    AddRecord(own, chrome);
                    s_chromeBytes = own.Span.ToArray();
                    s_chrome = chrome;
                }

                buffer.Add(s_chromeBytes);
                break;
            case IEnumerable items:
                buffer.AddLong(7);
                var count = 0;
                foreach (var item in items)
                {
                    Add(buffer, item);
                    count++;
                }

                buffer.AddLong(8 + ((long)count << 8));
                break;
            default:
                AddRecord(buffer, value);
                break;
        }
    }

    private static void AddRecord(Buffer buffer, object value)
    {
        var (properties, id) = s_types.GetOrAdd(value.GetType(), Describe);
        buffer.AddLong(id);
        foreach (var property in properties)
        {
            Add(buffer, property.GetValue(value));
        }
    }

    private static (PropertyInfo[] Properties, long Id) Describe(Type type)
    {
        if (type.IsPrimitive || type.Namespace?.StartsWith("ArchiveSite.", StringComparison.Ordinal) != true)
        {
            throw new NotSupportedException($"A page view holds a {type.FullName}, which its fingerprint cannot read.");
        }

        PropertyInfo[] properties =
        [
            .. type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract")
                .OrderBy(p => p.Name, StringComparer.Ordinal),
        ];
        var id = (long)XxHash64.HashToUInt64(MemoryMarshal.AsBytes(type.FullName.AsSpan())) | 0xFF;
        return (properties, id);
    }

    private sealed class Buffer
    {
        private byte[] _bytes = new byte[32 * 1024];

        public int Length { get; set; }

        public ReadOnlySpan<byte> Span => _bytes.AsSpan(0, Length);

        public void Add(ReadOnlySpan<byte> bytes)
        {
            Reserve(bytes.Length);
            bytes.CopyTo(_bytes.AsSpan(Length));
            Length += bytes.Length;
        }

        public void AddLong(long value)
        {
            Reserve(8);
            BinaryPrimitives.WriteInt64LittleEndian(_bytes.AsSpan(Length), value);
            Length += 8;
        }

        private void Reserve(int more)
        {
            if (Length + more > _bytes.Length)
            {
                Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, Length + more));
            }
        }
    }
}
