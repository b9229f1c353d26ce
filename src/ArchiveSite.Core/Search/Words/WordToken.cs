namespace ArchiveSite.Core.Search.Words;

/// <summary>A word found in a text: its first UTF-16 unit and how many units it spans.</summary>
public readonly record struct WordToken(int Start, int Length);
