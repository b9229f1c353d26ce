using System.CommandLine;
using ArchiveSite.Core.Language.Evaluation;

namespace ArchiveSite.Cli.Commands;

/// <summary><c>entities FILE.jsonl</c>: persons, places and organisations of each text, with offsets.</summary>
internal static class EntitiesCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("FILE")
        {
            Description = "A file of JSON lines, each with a \"text\" field; - reads standard input.",
            // Checked by the command, whose message says what the file holds.
            Arity = ArgumentArity.ZeroOrOne,
        };
        var input = CliOptions.InputFolder();
        var command = new Command("entities", "Prints the persons, places and organisations of each text, with their offsets, a JSON line each.")
        {
            file,
            input,
        };
        command.SetAction(result => Run(
            result.GetValue(file) ?? throw new UsageException("entities needs one file of JSON lines, each with a \"text\" field (- reads standard input)."),
            CommandOptions.From(result),
            context.Output));
        return command;
    }

    private static int Run(string file, CommandOptions options, TextWriter output)
    {
        var path = Path.GetFullPath(file);
        if (file != "-" && !File.Exists(path))
        {
            throw new FileNotFoundException($"{path}: the file does not exist; give a file of JSON lines, or - to read standard input");
        }

        using var input = file == "-" ? Console.In : new StreamReader(path);
        EntityLinesWriter.Process(input, output, Path.Combine(options.Input, Annotators.DataFolder));
        return ExitCodes.Success;
    }
}
