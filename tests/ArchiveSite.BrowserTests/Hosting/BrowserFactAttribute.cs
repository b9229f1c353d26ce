namespace ArchiveSite.BrowserTests.Hosting;

/// <summary>A test that needs Chromium. It runs wherever Chromium is installed, fails with a clear message
/// where it is not, and is skipped only on request outside CI (see <see cref="Chromium.SkipReason"/>).</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (Chromium.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}
