using System.Text;
using CsCheck;

namespace ArchiveSite.Tests.Properties;

/// <summary>Whatever a folder of seeds holds, import and build end normally: every seed becomes a page or
/// is named in an error, and the exit code is 0 or 3, never a crash.</summary>
public sealed class AnySeedPropertyTests
{
    private const string Characters = "абвгґдеєжзиіїйклмнопрстуфхцчшщьюяАБВГҐДЕЄЖЗИІЇЙКЛМНОПРСТУФХЦЧШЩЬЮЯыэъё'’ abcXYZ0123456789<>&\"`*_[]()!#-=+:|{}~.,;?\\/«»—\t\r\u00A0\u200B\uFEFF\u0301🙂";

    private static readonly Gen<string> s_line = Gen.OneOf(
        Gen.Char[Characters].Array[0, 80].Select(c => new string(c)),
        Gen.OneOf(
            Gen.Const("23 грудня 2025, 15:30"), Gen.Const("31.02.2025"), Gen.Const("Фото: Reuters"),
            Gen.Const("Як писали \"Коментарі\", це вже було."), Gen.Const("«Цитата», - сказав Петро Порошенко."),
            Gen.Const("Володимир Зеленський зустрівся з Дональдом Трампом у Києві."), Gen.Const("1. не список"),
            Gen.Const("---"), Gen.Const("")));

    private static readonly Gen<byte[]> s_seed = Gen.Frequency(
        (8, s_line.Array[0, 10].Select(lines => Encoding.UTF8.GetBytes(string.Join('\n', lines)))),
        (1, s_line.Array[0, 6].Select(lines => Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(string.Join("\r\n", lines))).ToArray())),
        (1, Gen.Byte.Array[0, 200]));

    [Fact]
    public async Task ImportAndBuild_AnySeeds_EverySeedIsAPageOrAnErrorAndNothingCrashes()
    {
        await s_seed.Array[1, 4].SampleAsync(async seeds =>
        {
            using var site = new TempSite();
            var names = seeds.Select((_, i) => $"{i:000}_seed.txt").ToArray();
            for (var i = 0; i < seeds.Length; i++)
            {
                File.WriteAllBytes(Path.Combine(site.Seeds, names[i]), seeds[i]);
            }

            var (code, _, errors) = await site.ImportAndBuildAsync();

            Assert.True(code is 0 or 3, $"exit {code}: {errors}");
            Assert.True(File.Exists(Path.Combine(site.Output, "index.html")), errors);
            foreach (var name in names)
            {
                Assert.True(
                    site.PageOfSeed(name) is not null || errors.Contains($"error: {name}", StringComparison.Ordinal) || errors.Contains($"warning: {name}: the same article as", StringComparison.Ordinal),
                    $"{name}: neither a page nor an error: {errors}");
            }
        }, iter: 40, threads: 1);
    }
}
