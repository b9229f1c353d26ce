using System.CommandLine;

namespace ArchiveSite.Cli;

/// <summary>The option values of the command being run, with folders as full paths (relative ones are taken from
/// the current folder). Options the command does not have keep their defaults, so that serve and the default
/// command can hand their values to import and build.</summary>
internal sealed record CommandOptions
{
    public string Seeds { get; init; } = Path.GetFullPath("seeds");

    public string Input { get; init; } = Path.GetFullPath("input");

    public string Output { get; init; } = Path.GetFullPath("output");

    public string? Config { get; init; }

    public string? BaseUrl { get; init; }

    public bool Strict { get; init; }

    public bool Force { get; init; }

    public bool Full { get; init; }

    public bool NoSearch { get; init; }

    public int Port { get; init; }

    public string ThemeAssets { get; init; } = Path.GetFullPath(Commands.ServeCommand.ThemeAssetsFolder);

    public static CommandOptions From(ParseResult result)
    {
        var options = result.CommandResult.Command.Options;
        return new CommandOptions
        {
            Seeds = Path.GetFullPath(Value(CliOptions.Seeds, "seeds")),
            Input = Path.GetFullPath(Value(CliOptions.Input, "input")),
            Output = Path.GetFullPath(Value(CliOptions.Output, "output")),
            Config = Value<string?>(CliOptions.Config, null),
            BaseUrl = Value<string?>(CliOptions.BaseUrl, null),
            Strict = Value(CliOptions.Strict, false),
            Force = Value(CliOptions.Force, false),
            Full = Value(CliOptions.Full, false),
            NoSearch = Value(CliOptions.NoSearch, false),
            Port = Value(CliOptions.Port, 0),
            ThemeAssets = Path.GetFullPath(Value(CliOptions.ThemeAssets, Commands.ServeCommand.ThemeAssetsFolder)),
        };

        T Value<T>(string name, T fallback) =>
            options.FirstOrDefault(o => o.Name == name) is Option<T> option ? result.GetValue(option) ?? fallback : fallback;
    }
}
