namespace ArchiveSite.Core.Seeds;

/// <summary>A seed that cannot be read as an article. The message names the file and, where there is one, the line.</summary>
public sealed class SeedFormatException : Exception
{
    public SeedFormatException(string fileName, int? line, string problem)
        : base(line is null ? $"{fileName}: {problem}" : $"{fileName}:{line}: {problem}")
    {
        FileName = fileName;
        Line = line;
        Problem = problem;
    }

    public string FileName { get; }

    public int? Line { get; }

    public string Problem { get; }
}
