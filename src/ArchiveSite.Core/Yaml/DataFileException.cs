namespace ArchiveSite.Core.Yaml;

/// <summary>A mistake in a file an editor writes (site.yml, persons.yml, tags.yml). The message starts with
/// <c>file:line:column</c> and says in plain words what was expected there.</summary>
public sealed class DataFileException : Exception
{
    public DataFileException(string path, int line, int column, string message, Exception? innerException = null)
        : base($"{path}:{line}:{column}: {message}", innerException)
    {
        (Path, Line, Column) = (path, line, column);
    }

    public string Path { get; }

    public int Line { get; }

    public int Column { get; }
}
