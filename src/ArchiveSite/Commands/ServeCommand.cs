using System.Diagnostics;
using System.Globalization;
using ArchiveSite.Cli.Serving;
using ArchiveSite.Core.Content;
using ArchiveSite.Core.Search;
using ArchiveSite.Core.Yaml;

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

    public static async Task<int> RunAsync(CommandOptions line, CliContext context, CancellationToken cancellationToken)
    {
        var (seeds, input, assets, output) = (line.Seeds, line.Input, line.ThemeAssets, context.Output);
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
        await BuildAsync(line, context, importSeeds: true, inputCache, searchTerms, cancellationToken);
        await using var server = new PreviewServer(line.Output, line.Port, settings.BasePath);
        try
        {
            await server.StartAsync(cancellationToken);
        }
        catch (IOException ex) when (ex.InnerException is Microsoft.AspNetCore.Connections.AddressInUseException)
        {
            throw new IOException($"127.0.0.1:{line.Port}: the port is taken by another program (another serve?); stop it, or choose another port with --port N", ex);
        }
        output.WriteLine($"serve: {server.Url} (watching {Display(seeds)}, {Display(input)}{(Directory.Exists(assets) ? ", " + Display(assets) : string.Empty)}; Ctrl+C stops)");

        try
        {
            while (true)
            {
                var changed = await watcher.NextAsync(s_quiet, cancellationToken);
                var started = Stopwatch.GetTimestamp();
                var built = await BuildAsync(line, context, changed.Contains("seeds"), inputCache, searchTerms, cancellationToken);
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

    private static async Task<bool> BuildAsync(CommandOptions line, CliContext context, bool importSeeds, InputCache inputCache, SearchTermCache searchTerms, CancellationToken cancellationToken)
    {
        try
        {
            if (importSeeds && Directory.Exists(line.Seeds) && await ImportCommand.RunAsync(line, context, cancellationToken) == ExitCodes.Failure)
            {
                return false;
            }

            return await BuildCommand.RunAsync(line, context, cancellationToken, Directory.Exists(line.ThemeAssets) ? line.ThemeAssets : null, inputCache, searchTerms) != ExitCodes.Failure;
        }
        catch (DataFileException ex)
        {
            // An editor's mistake in a data file or site.yml: said, and the site served as it was until it is fixed.
            context.Errors.WriteLine($"error: {ex.Message}");
            return false;
        }
    }

    private static string Display(string path) => Path.GetRelativePath(Environment.CurrentDirectory, path);
}
