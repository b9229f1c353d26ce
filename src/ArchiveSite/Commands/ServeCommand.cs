using System.Diagnostics;
using System.Globalization;
using ArchiveSite.Cli.Serving;
using ArchiveSite.Core.Content;
using ArchiveSite.Core.Search;

namespace ArchiveSite.Cli.Commands;

/// <summary>Imports and builds, serves the output on 127.0.0.1, and on every change to seeds/, input/ or the
/// theme's assets imports (for seeds), rebuilds incrementally and reloads the open pages.</summary>
internal static class ServeCommand
{
    public const int DefaultPort = 8000;

    /// <summary>The theme's assets, read from here (when the folder exists) instead of from the app, so that
    /// editing the CSS shows at once.</summary>
    public const string ThemeAssetsFolder = "theme/wwwroot";

    private static readonly TimeSpan s_quiet = TimeSpan.FromMilliseconds(250);

    public static async Task<int> RunAsync(CommandLine line, TextWriter output, TextWriter errors, CancellationToken cancellationToken)
    {
        var portText = line.Get("--port", DefaultPort.ToString(CultureInfo.InvariantCulture));
        if (!int.TryParse(portText, NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port is < 1 or > 65535)
        {
            throw new UsageException($"The port '{portText}' is not a number from 1 to 65535.");
        }

        var seeds = line.Folder("--seeds", "seeds");
        var input = line.Folder("--input", "input");
        var assets = line.Folder("--theme-assets", ThemeAssetsFolder);
        var settings = SiteConfig.Load(line);

        // Watching starts before the first build, so that a change made while it runs is not missed.
        using var watcher = new SiteWatcher(new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["seeds"] = seeds,
            ["input"] = input,
            ["assets"] = assets,
        });
        var inputCache = new InputCache();
        var searchTerms = new SearchTermCache();
        await BuildAsync(line, output, errors, seeds, assets, importSeeds: true, inputCache, searchTerms, cancellationToken);
        await using var server = new PreviewServer(line.Folder("--output", "output"), port, settings.BasePath);
        await server.StartAsync(cancellationToken);
        output.WriteLine($"serve: {server.Url} (watching {Display(seeds)}, {Display(input)}{(Directory.Exists(assets) ? ", " + Display(assets) : string.Empty)}; Ctrl+C stops)");

        try
        {
            while (true)
            {
                var changed = await watcher.NextAsync(s_quiet, cancellationToken);
                var started = Stopwatch.GetTimestamp();
                var built = await BuildAsync(line, output, errors, seeds, assets, changed.Contains("seeds"), inputCache, searchTerms, cancellationToken);
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"serve: {(built ? "rebuilt" : "not rebuilt")} in {Stopwatch.GetElapsedTime(started).TotalSeconds:0.00} s"));
                if (built)
                {
                    server.Reload();
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            output.WriteLine("serve: stopped");
            return ExitCodes.Success;
        }
    }

    private static async Task<bool> BuildAsync(CommandLine line, TextWriter output, TextWriter errors, string seeds, string assets, bool importSeeds, InputCache inputCache, SearchTermCache searchTerms, CancellationToken cancellationToken)
    {
        if (importSeeds && Directory.Exists(seeds) && await ImportCommand.RunAsync(line, output, errors, cancellationToken) == ExitCodes.Failure)
        {
            return false;
        }

        return await BuildCommand.RunAsync(line, output, errors, cancellationToken, Directory.Exists(assets) ? assets : null, inputCache, searchTerms) != ExitCodes.Failure;
    }

    private static string Display(string path) => Path.GetRelativePath(Environment.CurrentDirectory, path);
}
