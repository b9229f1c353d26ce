namespace ArchiveSite.Core.Language.Places;

/// <summary>What a gazetteer name stands for.</summary>
internal enum PlaceKind
{
    Place,
    Organization,

    /// <summary>An outlet, news agency or platform: an organisation, but never a topic tag.</summary>
    Media,
}

/// <summary>A gazetteer entry: the canonical (nominative) name and its kind.</summary>
internal sealed record PlaceEntry(string Canonical, PlaceKind Kind);

/// <summary>A gazetteer name found in a text, as token indexes [First, Last].</summary>
internal readonly record struct PlaceMatch(int First, int Last, PlaceEntry Entry);
