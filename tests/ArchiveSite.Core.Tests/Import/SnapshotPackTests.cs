using System.Text;
using ArchiveSite.Core.Import;

namespace ArchiveSite.Core.Tests.Import;

public sealed class SnapshotPackTests
{
    private static readonly Dictionary<string, string> s_snapshots = new(StringComparer.Ordinal)
    {
        ["002_b.txt"] = "---\ntitle: \"Київ\"\n---\nТекст.\n",
        ["001_a.txt"] = "---\ntitle: \"A\"\n---\nsnapshot 3 4\n001_a.txt\nне заголовок\n\n",
        ["name with\nnewline and spaces.txt"] = string.Empty,
        ["ґ.txt"] = "\n\n\n",
    };

    [Fact]
    public void Write_ThenRead_GivesBackEveryNameAndText()
    {
        var read = SnapshotPack.Read(SnapshotPack.Write(s_snapshots));

        Assert.Equal(s_snapshots.OrderBy(p => p.Key, StringComparer.Ordinal), read.OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void Write_AnyInsertionOrder_GivesTheSameBytesInOrdinalOrder()
    {
        var reversed = new Dictionary<string, string>(s_snapshots.Reverse(), StringComparer.Ordinal);

        var bytes = SnapshotPack.Write(s_snapshots);

        Assert.Equal(bytes, SnapshotPack.Write(reversed));
        var text = Encoding.UTF8.GetString(bytes);
        Assert.StartsWith(SnapshotPack.Header + "\nsnapshot 9 ", text, StringComparison.Ordinal);
        Assert.True(text.IndexOf("\n001_a.txt\n---", StringComparison.Ordinal) < text.IndexOf("\n002_b.txt\n", StringComparison.Ordinal));
        Assert.Contains("snapshot 6 3\nґ.txt\n\n\n\n\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_LineBreaksTurnedIntoCrLfByACheckout_ReadsAsWritten()
    {
        var crlf = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(SnapshotPack.Write(s_snapshots)).Replace("\n", "\r\n", StringComparison.Ordinal));

        Assert.Equal(s_snapshots.Count, SnapshotPack.Read(crlf).Count);
        Assert.Equal(s_snapshots["ґ.txt"], SnapshotPack.Read(crlf)["ґ.txt"]);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10)]
    [InlineData(200)]
    public void Read_Truncated_IsRefused(int cut)
    {
        var bytes = SnapshotPack.Write(s_snapshots);

        Assert.Throws<InvalidDataException>(() => SnapshotPack.Read(bytes.AsSpan(0, bytes.Length - 1 - cut)));
    }

    [Fact]
    public void Read_MergeConflictMarkers_AreRefused()
    {
        var text = Encoding.UTF8.GetString(SnapshotPack.Write(s_snapshots));
        var conflicted = text.Replace("snapshot 9 ", "<<<<<<< HEAD\nsnapshot 9 ", StringComparison.Ordinal);

        Assert.Throws<InvalidDataException>(() => SnapshotPack.Read(Encoding.UTF8.GetBytes(conflicted)));
        Assert.Throws<InvalidDataException>(() => SnapshotPack.Read("not a pack\n"u8));
    }

    [Fact]
    public void ShardOf_IsStableAcrossRunsAndVersions()
    {
        // Pinned: a different hash would move every snapshot to another pack.
        Assert.Equal(56, SnapshotPack.ShardOf("000000_fb130ac2.txt"));
        Assert.Equal("0a.snapshots", SnapshotPack.FileNameOf(10));
    }
}
