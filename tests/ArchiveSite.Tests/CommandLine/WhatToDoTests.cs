using System.Net;
using System.Net.Sockets;

namespace ArchiveSite.Tests.CommandLine;

/// <summary>Folders that are empty or not there, and a port that is taken: each message says what to do.</summary>
public sealed class WhatToDoTests : IDisposable
{
    private readonly TempSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task InputWithoutArticles_WarnsWhereArticlesAreLookedFor()
    {
        // A Hugo content folder given as --input: Markdown, but not under articles/.
        Directory.CreateDirectory(Path.Combine(_site.Input, "posts"));
        File.WriteAllText(Path.Combine(_site.Input, "posts", "hello.md"), "# Hello\n");

        var (code, _, errors) = await _site.BuildAsync();

        Assert.Equal(0, code);
        Assert.Contains($"warning: {_site.Input}: no articles found; they are read from {Path.Combine(_site.Input, "articles", "**", "*.md")}", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InputWithArticles_HasNoSuchWarning()
    {
        _site.AddRepositorySeed();

        var (code, _, errors) = await _site.ImportAndBuildAsync();

        Assert.True(code == 0, errors);
        Assert.DoesNotContain("no articles found", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingSeedsFolder_SaysWhatToDo()
    {
        Directory.Delete(_site.Seeds);

        var (code, _, errors) = await _site.ImportAsync();

        Assert.Equal(1, code);
        Assert.Contains($"error: {_site.Seeds}: the seeds folder does not exist; put the seed documents (*.txt) there, or give their folder with --seeds", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_OnATakenPort_SaysSoAndHowToChooseAnother()
    {
        _site.AddRepositorySeed();
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        var (code, _, errors) = await _site.RunAsync("serve", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--seeds", _site.Seeds, "--input", _site.Input, "--output", _site.Output, "--no-search");

        Assert.Equal(1, code);
        Assert.Contains($"error: 127.0.0.1:{port}: the port is taken by another program (another serve?); stop it, or choose another port with --port N", errors, StringComparison.Ordinal);
    }
}
