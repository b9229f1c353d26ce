using System.Net;
using System.Net.Sockets;

namespace ArchiveSite.Tests.CommandLine;

public sealed class PortTakenTests : IDisposable
{
    private readonly TempSite _site = new();

    public void Dispose() => _site.Dispose();

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
