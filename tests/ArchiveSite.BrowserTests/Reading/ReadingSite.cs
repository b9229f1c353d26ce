using ArchiveSite.Core.Content;

namespace ArchiveSite.BrowserTests.Reading;

/// <summary>
/// The site readers browse in these tests: the repository's seed article, imported as a user would,
/// plus a few pages about the same talks naming other people, so that search has several results
/// to narrow down. Built with the search index, served on 127.0.0.1.
/// </summary>
public sealed class ReadingSite : IAsyncLifetime
{
    public const string SeedFileName = "000_4fc3a1f97c3ac14c.txt";
    public const string SeedTitle = "У Кремлі цинічно прокоментували обговорення \"ключових подразників\" зі США: деталі";

    private static readonly (string Slug, string Title, string Person, string Tag)[] s_others =
    [
        ("sybiha-pro-perehovory", "Сибіга розповів про переговори щодо гарантій безпеки", "Андрій Сибіга", "переговори"),
        ("stefanishyna-pro-perehovory", "Стефанішина: переговори про членство тривають", "Ольга Стефанішина", "переговори"),
        ("vadeful-pro-perehovory", "Вадефуль закликав продовжити переговори", "Йоганн Вадефуль", "дипломатія"),
    ];

    private Hosting.StaticSiteServer? _server;

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "archivesite-reading-" + Guid.NewGuid().ToString("N"));

    public string Output => Path.Combine(Root, "output");

    public Hosting.StaticSiteServer Server => _server ?? throw new InvalidOperationException("The site is not served.");

    public string BuildMessages { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        if (Hosting.Chromium.SkipReason is not null)
        {
            return;
        }

        var seeds = Path.Combine(Root, "seeds");
        var input = Path.Combine(Root, "input");
        Directory.CreateDirectory(seeds);
        File.Copy(ArchiveSite.Tests.RepositoryFiles.SeedPath, Path.Combine(seeds, SeedFileName));
        await RunAsync("import", "--seeds", seeds, "--input", input);
        for (var i = 0; i < s_others.Length; i++)
        {
            var (slug, title, person, tag) = s_others[i];
            var frontMatter = new FrontMatter
            {
                Title = title,
                Date = new DateTimeOffset(2025, 12, 20 + i, 10, 0, 0, TimeSpan.FromHours(2)),
                Slug = slug,
                Lang = "uk",
                Summary = title + ".",
                Persons = [person],
                Tags = [tag, "США"],
            };
            var path = Path.Combine(input, "articles", "2025", "12", slug + ".md");
            await File.WriteAllTextAsync(path, FrontMatterWriter.Write(frontMatter, $"{title}. Сторони обговорили переговори та наступні кроки.\n"));
        }

        BuildMessages = await RunAsync("build", "--input", input, "--output", Output);
        if (!File.Exists(Path.Combine(Output, "search", "index", "meta.json")))
        {
            throw new InvalidOperationException($"The search index was not made: {BuildMessages}");
        }

        _server = Hosting.StaticSiteServer.Start(Output);
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }

    private static async Task<string> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var code = await Cli.CliApp.RunAsync(args, output, errors, CancellationToken.None);
        if (code != 0)
        {
            throw new InvalidOperationException($"'{args[0]}' failed (exit {code}): {errors}");
        }

        return output + errors.ToString();
    }
}

[CollectionDefinition(Name)]
public sealed class ReadingCollection : ICollectionFixture<ReadingSite>, ICollectionFixture<Hosting.ChromiumFixture>
{
    public const string Name = "Reading";
}
