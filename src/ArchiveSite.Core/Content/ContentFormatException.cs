namespace ArchiveSite.Core.Content;

/// <summary>A page of <c>input/</c> that cannot be read. The message names the file, line and column.</summary>
public sealed class ContentFormatException : Exception
{
    public ContentFormatException(string path, long line, long column, string problem, Exception? inner = null)
        : base($"{path}:{line}:{column}: {problem}", inner)
    {
        Path = path;
        Line = line;
        Column = column;
        Problem = problem;
    }

    public string Path { get; }

    public long Line { get; }

    public long Column { get; }

    public string Problem { get; }
}
