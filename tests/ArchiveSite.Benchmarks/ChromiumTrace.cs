using System.Text;
using Microsoft.Playwright;

namespace ArchiveSite.Benchmarks;

/// <summary>A Chromium performance trace of one page over the DevTools protocol, written as the JSON that
/// chrome://tracing and the DevTools performance panel open.</summary>
public sealed class ChromiumTrace
{
    private readonly ICDPSession _session;

    private ChromiumTrace(ICDPSession session) => _session = session;

    public static async Task<ChromiumTrace> StartAsync(IBrowserContext context, IPage page)
    {
        var session = await context.NewCDPSessionAsync(page);
        await session.SendAsync("Tracing.start", new Dictionary<string, object>
        {
            ["transferMode"] = "ReturnAsStream",
            ["traceConfig"] = new Dictionary<string, object>
            {
                ["includedCategories"] = new[] { "devtools.timeline", "disabled-by-default-devtools.timeline", "v8.execute", "v8", "blink", "loading", "netlog", "toplevel", "blink.user_timing" },
            },
        });
        return new ChromiumTrace(session);
    }

    public async Task StopAsync(string path)
    {
        var complete = new TaskCompletionSource<string>();
        _session.Event("Tracing.tracingComplete").OnEvent += (_, e) => complete.TrySetResult(e!.Value.GetProperty("stream").GetString()!);
        await _session.SendAsync("Tracing.end");
        var stream = await complete.Task;
        var text = new StringBuilder();
        for (; ; )
        {
            var chunk = await _session.SendAsync("IO.read", new Dictionary<string, object> { ["handle"] = stream });
            var data = chunk!.Value.GetProperty("data").GetString()!;
            text.Append(chunk.Value.TryGetProperty("base64Encoded", out var encoded) && encoded.GetBoolean() ? Encoding.UTF8.GetString(Convert.FromBase64String(data)) : data);
            if (chunk.Value.GetProperty("eof").GetBoolean())
            {
                break;
            }
        }

        await _session.SendAsync("IO.close", new Dictionary<string, object> { ["handle"] = stream });
        await File.WriteAllTextAsync(path, text.ToString());
    }
}
