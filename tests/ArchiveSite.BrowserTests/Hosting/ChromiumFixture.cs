namespace ArchiveSite.BrowserTests.Hosting;

/// <summary>One Chromium for all the browser tests of the run; each test opens its own pages in it.
/// Use it with <c>[Collection(ChromiumCollection.Name)]</c> and a constructor parameter.</summary>
public sealed class ChromiumFixture : IAsyncLifetime
{
    private Chromium? _chromium;

    /// <exception cref="InvalidOperationException">Chromium is not installed (the message says how to install it).</exception>
    public Chromium Chromium => _chromium ?? throw new InvalidOperationException(Chromium.SkipReason ?? "Chromium did not start");

    public async Task InitializeAsync()
    {
        if (Chromium.SkipReason is null)
        {
            _chromium = await Chromium.LaunchAsync();
        }
    }

    public async Task DisposeAsync()
    {
        if (_chromium is not null)
        {
            await _chromium.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class ChromiumCollection : ICollectionFixture<ChromiumFixture>
{
    public const string Name = "Chromium";
}
