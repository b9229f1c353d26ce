using System.CommandLine;
using System.Globalization;
using ArchiveSite.Cli.Commands;

namespace ArchiveSite.Cli;

/// <summary>The commands, their options and help texts, and what each runs.</summary>
internal static class CliCommands
{
    public const string Description = """
        ArchiveSite: turns raw news articles into a static archive site.
        With no command, imports the seeds, then builds the site.
        Folders default to seeds/, input/ and output/ in the current folder; settings come from site.yml there.
        Exit codes: 0 done; 1 failed (nothing written); 2 wrong usage; 3 done, with refused inputs listed.
        """;

    public static RootCommand Create(CliContext context)
    {
        var root = new RootCommand(Description)
        {
            CliOptions.SeedsFolder(),
            CliOptions.InputFolder(),
            CliOptions.OutputFolder(),
            CliOptions.ConfigFile(),
            CliOptions.BaseUrlOption(),
            CliOptions.ForceImport(),
            CliOptions.Flag(CliOptions.Strict, "Write nothing if any seed is refused or any page cannot be read."),
            CliOptions.FullBuild(),
            CliOptions.NoSearchIndex(),
        };
        root.SetAction((result, cancellationToken) => ImportAndBuildAsync(CommandOptions.From(result), context, cancellationToken));
        root.Add(Import(context));
        root.Add(Build(context));
        root.Add(Serve(context));
        root.Add(Check(context));
        root.Add(EntitiesCommand.Create(context));
        root.Add(EvalCommand.Create(context));
        return root;
    }

    private static async Task<int> ImportAndBuildAsync(CommandOptions options, CliContext context, CancellationToken cancellationToken)
    {
        var imported = await ImportCommand.RunAsync(options, context, cancellationToken);
        if (imported == ExitCodes.Failure)
        {
            return imported;
        }

        var built = await BuildCommand.RunAsync(options, context, cancellationToken);
        if (built == ExitCodes.Failure)
        {
            return built;
        }

        return imported == ExitCodes.Success && built == ExitCodes.Success ? ExitCodes.Success : ExitCodes.CompletedWithProblems;
    }

    private static Command Import(CliContext context) => Site(
        "import",
        "Turns the seed documents into Markdown pages under input/articles/; pages an editor changed are kept or merged.",
        (options, cancellationToken) => ImportCommand.RunAsync(options, context, cancellationToken),
        CliOptions.SeedsFolder(),
        CliOptions.InputFolder(),
        CliOptions.ConfigFile(),
        CliOptions.ForceImport(),
        CliOptions.StrictImport());

    private static Command Build(CliContext context) => Site(
        "build",
        "Builds the site from input/ into output/; only what changed since the last build is written again.",
        (options, cancellationToken) => BuildCommand.RunAsync(options, context, cancellationToken),
        CliOptions.InputFolder(),
        CliOptions.OutputFolder(),
        CliOptions.ConfigFile(),
        CliOptions.BaseUrlOption(),
        CliOptions.StrictBuild(),
        CliOptions.FullBuild(),
        CliOptions.NoSearchIndex());

    private static Command Serve(CliContext context)
    {
        var port = new Option<int>(CliOptions.Port)
        {
            Description = "The port to serve on, at 127.0.0.1.",
            HelpName = "N",
            DefaultValueFactory = _ => ServeCommand.DefaultPort,
            CustomParser = result =>
            {
                var text = result.Tokens[0].Value;
                if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number is >= 1 and <= 65535)
                {
                    return number;
                }

                result.AddError($"The port '{text}' is not a number from 1 to 65535.");
                return 0;
            },
        };
        return Site(
            "serve",
            "Imports and builds, serves the site at http://127.0.0.1:PORT/, and on every change to the seeds, the input or the theme's assets imports, rebuilds and reloads the open pages.",
            (options, cancellationToken) => ServeCommand.RunAsync(options, context, cancellationToken),
            port,
            CliOptions.SeedsFolder(),
            CliOptions.InputFolder(),
            CliOptions.OutputFolder(),
            CliOptions.ConfigFile(),
            CliOptions.BaseUrlOption(),
            new Option<string>(CliOptions.ThemeAssets)
            {
                Description = "The theme's CSS and icons are read from here when the folder exists, so that editing them shows at once.",
                HelpName = "DIR",
                DefaultValueFactory = _ => ServeCommand.ThemeAssetsFolder,
            },
            CliOptions.ForceImport(),
            CliOptions.FullBuild(),
            CliOptions.NoSearchIndex());
    }

    private static Command Check(CliContext context) => Site(
        "check",
        "Checks a built site: internal links and #anchors, Atom feeds, the sitemap, and each page's title and description; exit code 1 when it finds a problem.",
        (options, _) => Task.FromResult(CheckCommand.Run(options, context)),
        CliOptions.OutputFolder(),
        CliOptions.ConfigFile(),
        CliOptions.BaseUrlOption());

    /// <summary>A command of the site's options alone, run with their values.</summary>
    private static Command Site(string name, string description, Func<CommandOptions, CancellationToken, Task<int>> run, params Option[] options)
    {
        var command = new Command(name, description);
        foreach (var option in options)
        {
            command.Add(option);
        }

        command.SetAction((result, cancellationToken) => run(CommandOptions.From(result), cancellationToken));
        return command;
    }
}
