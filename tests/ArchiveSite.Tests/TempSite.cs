namespace ArchiveSite.Tests;

/// <summary>A throw-away site folder with seeds/, input/ and output/, deleted after the test.</summary>
internal sealed class TempSite : IDisposable
{
    public TempSite()
    {
        Root = Path.Combine(Path.GetTempPath(), "archivesite-test-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Seeds);
        Directory.CreateDirectory(Input);
    }

    public string Root { get; }

    public string Seeds => Path.Combine(Root, "seeds");

    public string Input => Path.Combine(Root, "input");

    public string Output => Path.Combine(Root, "output");

    public void AddRepositorySeed()
    {
        File.Copy(RepositoryFiles.SeedPath, Path.Combine(Seeds, RepositoryFiles.SeedFileName));
    }

    public async Task<(int ExitCode, string Output, string Errors)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var code = await Cli.CliApp.RunAsync(args, output, errors, CancellationToken.None);
        return (code, output.ToString(), errors.ToString());
    }

    public Task<(int ExitCode, string Output, string Errors)> ImportAsync(params string[] extra) =>
        RunAsync(["import", "--seeds", Seeds, "--input", Input, .. extra]);

    /// <summary>Builds without the search index (its own tests make one), so tests need no Node.js.</summary>
    public Task<(int ExitCode, string Output, string Errors)> BuildAsync(string? output = null, params string[] extra) =>
        RunAsync(["build", "--input", Input, "--output", output ?? Output, "--no-search", .. extra]);

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
