using System.Collections.Immutable;
using ArchiveSite.Core.Content;
using CsCheck;

namespace ArchiveSite.Core.Tests.Properties;

/// <summary>What the writer writes, the reader reads back the same; and no page text, however broken,
/// makes the reader fail with anything but a <see cref="ContentFormatException"/>.</summary>
public sealed class FrontMatterPropertyTests
{
    private static readonly Gen<string> s_value = HostileText.String(80)
        .Select(v => v.Trim())
        .Where(v => v.Length > 0);

    private static readonly Gen<string?> s_optional = s_value.Null();

    private static readonly Gen<ImmutableArray<string>> s_list = s_value.Array[0, 6]
        .Select(values => values.Distinct(StringComparer.Ordinal).ToImmutableArray());

    private static readonly Gen<DateTimeOffset?> s_date = Gen.Select(Gen.Long[0, 4_000_000_000L], Gen.Int[-14 * 4, 14 * 4])
        .Select(t => (DateTimeOffset?)new DateTimeOffset(new DateTime(1970, 1, 1).AddSeconds(t.Item1), TimeSpan.FromMinutes(t.Item2 * 15)));

    private static readonly Gen<string> s_slug = Gen.Char["abcdefghijklmnopqrstuvwxyz0123456789-_"].Array[1, 80].Select(c => new string(c))
        .Where(s => !s.Contains("..", StringComparison.Ordinal));

    private static readonly Gen<string> s_body = HostileText.String(400)
        .Select(b => b.Replace("\r", string.Empty, StringComparison.Ordinal).TrimStart('\n'))
        .Select(b => b.Length == 0 || b[^1] == '\n' ? b : b + "\n");

    private static readonly Gen<FrontMatter> s_frontMatter =
        Gen.Select(
            Gen.Select(s_value, s_optional, Gen.Frequency((4, s_date), (1, Gen.Const((DateTimeOffset?)null))), s_slug, Gen.OneOf(Gen.Const("uk"), Gen.Const("ru"))),
            Gen.Select(s_optional, s_list, s_list, s_optional, s_optional),
            (a, b) => new FrontMatter
            {
                Title = a.Item1,
                Subtitle = a.Item2,
                Date = a.Item3,
                Slug = a.Item4,
                Lang = a.Item5,
                Summary = b.Item1,
                Tags = b.Item2,
                Persons = b.Item3,
                Source = b.Item4,
                ImageCredit = b.Item5,
                Seed = "seed.txt",
            });

    [Fact]
    public void WriteThenRead_AnyFrontMatterAndBody_GivesThemBack()
    {
        Gen.Select(s_frontMatter, s_body).Sample((frontMatter, body) =>
        {
            var page = FrontMatterReader.Read("articles/p.md", FrontMatterWriter.Write(frontMatter, body));

            Assert.Equal(frontMatter, page.FrontMatter);
            Assert.Equal(body, page.Body);
        }, iter: 1000);
    }

    [Fact]
    public void Read_AnyText_GivesAPageOrAContentFormatExceptionWithFileLineAndColumn()
    {
        var yamlish = Gen.OneOf(
            HostileText.String(200),
            HostileText.String(200).Select(s => "---\n" + s + "\n---\n\nТекст\n"),
            HostileText.String(60).Select(s => "---\ntitle: " + s + "\nslug: a\n---\n"),
            HostileText.String(60).Select(s => "---\ntitle: \"T\"\nslug: " + s + "\ntags: " + s + "\n---\n"),
            HostileText.String(60).Select(s => "---\ntitle: \"T\"\nslug: a\ndate: " + s + "\n---\n"));
        yamlish.Sample(text =>
        {
            try
            {
                FrontMatterReader.Read("articles/p.md", text);
            }
            catch (ContentFormatException ex)
            {
                Assert.Matches(@"^articles/p\.md:\d+:\d+: ", ex.Message);
            }
        }, iter: 3000);
    }
}
