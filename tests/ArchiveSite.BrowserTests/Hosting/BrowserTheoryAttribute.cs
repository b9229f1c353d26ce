namespace ArchiveSite.BrowserTests.Hosting;

/// <summary>A theory that needs Chromium; skipped only as <see cref="BrowserFactAttribute"/> is.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public BrowserTheoryAttribute()
    {
        if (Chromium.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}
