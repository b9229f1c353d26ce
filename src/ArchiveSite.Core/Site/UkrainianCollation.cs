using System.Globalization;

namespace ArchiveSite.Core.Site;

/// <summary>Ukrainian alphabetical order (є after е, і and ї after и, ґ after г), then ordinal to break ties.</summary>
public sealed class UkrainianCollation : IComparer<string>
{
    private static readonly CompareInfo s_compareInfo = CultureInfo.GetCultureInfo("uk-UA").CompareInfo;

    public static UkrainianCollation Instance { get; } = new();

    public int Compare(string? x, string? y)
    {
        var result = s_compareInfo.Compare(x, y, CompareOptions.IgnoreCase);
        return result != 0 ? result : string.CompareOrdinal(x, y);
    }
}
