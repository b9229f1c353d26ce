namespace ArchiveSite.Cli;

/// <summary>The parsed command line: a command name, options with values, and flags.</summary>
internal sealed class CommandLine
{
    private static readonly HashSet<string> s_flags = new(StringComparer.Ordinal) { "--strict", "--force", "--full", "--no-search", "--help", "-h" };

    private readonly Dictionary<string, string> _options = new(StringComparer.Ordinal);
    private readonly HashSet<string> _flags = new(StringComparer.Ordinal);
    private readonly List<string> _arguments = [];

    public string Command { get; private set; } = string.Empty;

    public IReadOnlyList<string> Arguments => _arguments;

    /// <exception cref="UsageException">An option without its value.</exception>
    public static CommandLine Parse(string[] args)
    {
        var line = new CommandLine();
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (s_flags.Contains(arg))
            {
                line._flags.Add(arg == "-h" ? "--help" : arg);
            }
            else if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                var equals = arg.IndexOf('=', StringComparison.Ordinal);
                if (equals > 0)
                {
                    line._options[arg[..equals]] = arg[(equals + 1)..];
                }
                else if (i + 1 < args.Length)
                {
                    line._options[arg] = args[++i];
                }
                else
                {
                    throw new UsageException($"The option {arg} needs a value.");
                }
            }
            else if (line.Command.Length == 0)
            {
                line.Command = arg;
            }
            else
            {
                line._arguments.Add(arg);
            }
        }

        return line;
    }

    public bool Has(string flag) => _flags.Contains(flag);

    public string Get(string option, string defaultValue) => _options.GetValueOrDefault(option) ?? defaultValue;

    public string? Get(string option) => _options.GetValueOrDefault(option);

    /// <summary>A folder option as a full path, relative to the current directory by default.</summary>
    public string Folder(string option, string defaultName) => Path.GetFullPath(Get(option, defaultName));

    /// <exception cref="UsageException">An option the command does not know.</exception>
    public void Allow(params string[] known)
    {
        foreach (var option in _options.Keys.Concat(_flags))
        {
            if (!known.Contains(option) && option != "--help")
            {
                throw new UsageException($"The command '{(Command.Length == 0 ? "(default)" : Command)}' has no option {option}.");
            }
        }
    }
}

/// <summary>A command line that cannot be run as given.</summary>
internal sealed class UsageException(string message) : Exception(message);
