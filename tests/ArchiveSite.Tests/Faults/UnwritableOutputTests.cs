namespace ArchiveSite.Tests.Faults;

/// <summary>An output folder that cannot be written (tests run as root, so a read-only mode would not stop
/// them: the folder is under /proc, its parent is a regular file, or it is a regular file itself): a clear error naming the folder,
/// a non-zero exit code, and the input left alone.</summary>
public sealed class UnwritableOutputTests : IDisposable
{
    private readonly TempSite _site = new();

    public void Dispose() => _site.Dispose();

    public static TheoryData<string> Places => ["proc", "under-a-file", "a-file"];

    [Theory]
    [MemberData(nameof(Places))]
    public async Task Build_OutputThatCannotBeWritten_FailsNamingTheFolder(string place)
    {
        GeneratedInput.Write(_site.Input, 2);
        var input = TempSite.Snapshot(_site.Input);
        var output = place switch
        {
            "proc" => $"/proc/archivesite-test-{Guid.NewGuid():N}/output",
            "under-a-file" => Path.Combine(_site.Root, "a-file", "output"),
            _ => Path.Combine(_site.Root, "a-file"),
        };
        File.WriteAllText(Path.Combine(_site.Root, "a-file"), "not a folder");

        var (code, _, errors) = await _site.BuildAsync(output);

        Assert.Equal(1, code);
        Assert.Contains($"error: {output}: cannot write the site", errors, StringComparison.Ordinal);
        Assert.Equal(input, TempSite.Snapshot(_site.Input));
        Assert.Equal("not a folder", File.ReadAllText(Path.Combine(_site.Root, "a-file")));
    }
}
