using System.Diagnostics;

namespace ArchiveSite.BrowserTests.Reading;

/// <summary>axe-core, pinned in this project's package-lock.json; restored with <c>npm ci</c> on first use.</summary>
internal static class AxeCore
{
    private static readonly SemaphoreSlim s_restore = new(1, 1);

    private static string ProjectFolder => Path.Combine(ArchiveSite.Tests.RepositoryFiles.Root, "tests", "ArchiveSite.BrowserTests");

    /// <exception cref="InvalidOperationException">axe-core is missing and npm could not restore it.</exception>
    public static async Task<string> PathAsync()
    {
        var script = Path.Combine(ProjectFolder, "node_modules", "axe-core", "axe.min.js");
        await s_restore.WaitAsync();
        try
        {
            if (!File.Exists(script))
            {
                var npm = new ProcessStartInfo("npm", "ci --no-audit --no-fund --silent") { WorkingDirectory = ProjectFolder, RedirectStandardError = true };
                using var process = Process.Start(npm) ?? throw new InvalidOperationException("npm did not start");
                var errors = await process.StandardError.ReadToEndAsync();
                await process.WaitForExitAsync();
                if (process.ExitCode != 0 || !File.Exists(script))
                {
                    throw new InvalidOperationException($"axe-core is not installed and 'npm ci' in {ProjectFolder} failed: {errors}");
                }
            }
        }
        finally
        {
            s_restore.Release();
        }

        return script;
    }

    /// <summary>Runs axe-core on the page, writes its report to <paramref name="reportFile"/>, and returns the
    /// serious and critical violations, each as "rule (impact): N node(s)".</summary>
    public static async Task<List<string>> SeriousViolationsAsync(Microsoft.Playwright.IPage page, string reportFile)
    {
        await page.AddScriptTagAsync(new() { Content = await File.ReadAllTextAsync(await PathAsync()) });
        var report = await page.EvaluateAsync<string>("async () => JSON.stringify(await axe.run(document, { resultTypes: ['violations'] }))");
        Directory.CreateDirectory(Path.GetDirectoryName(reportFile)!);
        await File.WriteAllTextAsync(reportFile, report);
        using var json = System.Text.Json.JsonDocument.Parse(report);
        return [.. json.RootElement.GetProperty("violations").EnumerateArray()
            .Where(v => v.GetProperty("impact").GetString() is "serious" or "critical")
            .Select(v => $"{v.GetProperty("id").GetString()} ({v.GetProperty("impact").GetString()}): {v.GetProperty("nodes").GetArrayLength()} node(s)")];
    }
}
