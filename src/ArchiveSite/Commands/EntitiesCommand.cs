using ArchiveSite.Core.Language.Evaluation;

namespace ArchiveSite.Cli.Commands;

/// <summary><c>entities FILE.jsonl</c>: persons, places and organisations of each text, with offsets.</summary>
internal static class EntitiesCommand
{
    public static int Run(CommandLine line, TextWriter output)
    {
        if (line.Arguments.Count != 1)
        {
            throw new UsageException("entities needs one file of JSON lines, each with a \"text\" field (use - for standard input).");
        }

        var file = line.Arguments[0];
        using var input = file == "-" ? Console.In : new StreamReader(Path.GetFullPath(file));
        EntityLinesWriter.Process(input, output, Path.Combine(line.Folder("--input", "input"), Annotators.DataFolder));
        return ExitCodes.Success;
    }
}
