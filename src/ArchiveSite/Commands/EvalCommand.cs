using System.CommandLine;
using ArchiveSite.Core.Import;
using ArchiveSite.Core.Language;
using ArchiveSite.Core.Language.Evaluation;
using ArchiveSite.Core.Seeds;

namespace ArchiveSite.Cli.Commands;

/// <summary><c>eval --corpus DIR [DIR...]</c>: runs import's reading and extraction over NNN.txt with gold NNN.json
/// and prints precision, recall and F1 for persons and for places+organisations, title and date accuracy,
/// in total, per folder, per language and per odd/even half, and every miss and false hit.</summary>
internal static class EvalCommand
{
    public static Command Create(CliContext context)
    {
        var corpus = new Option<string[]>("--corpus")
        {
            Description = "Folders of NNN.txt texts with their NNN.json gold answers.",
            HelpName = "DIR",
            AllowMultipleArgumentsPerToken = true,
        };
        var command = new Command("eval", "Scores the extraction of persons, places, organisations, titles and dates against gold answers, per folder and language.")
        {
            corpus,
            CliOptions.InputFolder(),
        };
        command.SetAction(result => Run(
            result.GetValue(corpus) is { Length: > 0 } folders ? folders : throw new UsageException("eval needs --corpus DIR: a folder of NNN.txt texts with their NNN.json gold answers (more folders may follow)."),
            CommandOptions.From(result),
            context.Output));
        return command;
    }

    private static int Run(string[] corpus, CommandOptions line, TextWriter output)
    {
        var folders = new List<string>();
        foreach (var name in corpus)
        {
            var folder = Path.GetFullPath(name);
            if (!Directory.Exists(folder))
            {
                throw new DirectoryNotFoundException($"--corpus {name}: the folder {folder} does not exist");
            }

            folders.Add(folder);
        }

        var report = ExtractionEvaluator.Evaluate(
            folders,
            Path.Combine(line.Input, Annotators.DataFolder),
            ReadAsImport,
            TitleAndDate);
        output.Write(report.Format());
        return ExitCodes.Success;
    }

    /// <summary>The text as import reads a seed: headline, sub-headline and body paragraphs.</summary>
    private static AnnotationInput ReadAsImport(string name, string text)
    {
        var seed = Parse(name, text);
        return seed is null
            ? PlainTextReader.Read(name, text)
            : new AnnotationInput(name, seed.Language, seed.Title, seed.Subtitle, [.. seed.Body.Select(p => p.Text)]);
    }

    private static (string? Title, DateTimeOffset? Date) TitleAndDate(string name, string text) =>
        Parse(name, text) is { } seed ? (seed.Title, seed.Date) : (null, null);

    private static SeedDocument? Parse(string name, string text)
    {
        try
        {
            return SeedParser.Parse(name, SeedReader.Decode(name, System.Text.Encoding.UTF8.GetBytes(text)), Zones.Kyiv);
        }
        catch (SeedFormatException)
        {
            return null;
        }
    }
}
