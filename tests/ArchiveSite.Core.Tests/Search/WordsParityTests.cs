using System.Diagnostics;
using System.Text.Json;
using ArchiveSite.Core.Search.Words;
using Xunit.Abstractions;

namespace ArchiveSite.Core.Tests.Search;

/// <summary>The index (C#) and the search page (words.js) must make the same keys and tokens of every word.</summary>
public sealed class WordsParityTests
{
    private static readonly string s_folder = Path.Combine(RepositoryFiles.Root, "tests", "ArchiveSite.Core.Tests", "Search");
    private static readonly string s_wordsJs = Path.Combine(RepositoryFiles.Root, "theme", "wwwroot", "assets", "search", "words.js");
    private static readonly string s_formsPath = Path.Combine(s_folder, "word-forms.txt");
    private static readonly string s_sentencesPath = Path.Combine(s_folder, "word-sentences.txt");

    private static readonly Lazy<JsonElement?> s_wordsJsResults = new(RunWordsJs);

    private readonly ITestOutputHelper _output;

    public WordsParityTests(ITestOutputHelper output)
    {
        _output = output;
    }

    private static IReadOnlyList<string> Lines(string path) =>
        [.. File.ReadAllText(path).Split('\n').Where(line => line.Length > 0 && !line.StartsWith('#'))];

    [Fact]
    public void WordsJs_EveryWordForm_SameNormalisationKeysAndStopWords()
    {
        if (WordsJsResults() is not { } js)
        {
            return;
        }

        var forms = Lines(s_formsPath);
        var jsForms = js.GetProperty("forms");
        Assert.Equal(forms.Count, jsForms.GetArrayLength());
        Assert.True(forms.Count >= 3000, $"{forms.Count} word forms");
        var differences = new List<string>();
        for (var i = 0; i < forms.Count; i++)
        {
            var normalized = WordNormalizer.Normalize(forms[i]);
            string[] expected =
            [
                normalized, WordKeys.Key(forms[i], "uk"), WordKeys.Key(forms[i], "ru"), WordKeys.IsStopWord(normalized) ? "stop" : "",
            ];
            var row = jsForms[i];
            string[] actual =
            [
                row[0].GetString()!, row[1].GetString()!, row[2].GetString()!, row[3].GetBoolean() ? "stop" : "",
            ];
            if (!expected.SequenceEqual(actual))
            {
                differences.Add($"{forms[i]}: C# {string.Join('|', expected)}, words.js {string.Join('|', actual)}");
            }
        }

        Assert.True(differences.Count == 0, string.Join('\n', differences.Take(50)));
    }

    [Fact]
    public void WordsJs_EveryLineAndSentence_SameTokens()
    {
        if (WordsJsResults() is not { } js)
        {
            return;
        }

        var texts = Lines(s_formsPath).Concat(Lines(s_sentencesPath)).ToList();
        var jsTokens = js.GetProperty("tokens");
        Assert.Equal(texts.Count, jsTokens.GetArrayLength());
        for (var i = 0; i < texts.Count; i++)
        {
            var expected = WordTokenizer.Tokenize(texts[i]).SelectMany(token => new[] { token.Start, token.Length });
            var actual = jsTokens[i].EnumerateArray().Select(offset => offset.GetInt32());
            Assert.True(expected.SequenceEqual(actual), $"Tokens of \"{texts[i]}\" differ");
        }
    }

    [Fact]
    public void WordsJs_EveryLatinGreekAndCyrillicCharacter_SameNormalisation()
    {
        if (WordsJsResults() is not { } js)
        {
            return;
        }

        (int First, int Last)[] ranges = [(0x0000, 0x024F), (0x0370, 0x052F), (0x1E00, 0x1FFF), (0x2DE0, 0x2DFF), (0xA640, 0xA69F)];
        var expected = ranges.SelectMany(range => Enumerable.Range(range.First, range.Last - range.First + 1))
            .Select(c => WordNormalizer.Normalize(((char)c).ToString()));
        var actual = js.GetProperty("characters").EnumerateArray().Select(c => c.GetString()!);
        var differences = expected.Zip(actual).Where(pair => pair.First != pair.Second).Select(pair => $"{pair.First} ≠ {pair.Second}");

        Assert.Equal(ranges.Sum(range => range.Last - range.First + 1), js.GetProperty("characters").GetArrayLength());
        Assert.Empty(differences);
    }

    [Fact]
    public void WordsJs_StopWords_SameList()
    {
        if (WordsJsResults() is not { } js)
        {
            return;
        }

        var jsStopWords = js.GetProperty("stopWords").EnumerateArray().Select(word => word.GetString()!).ToHashSet(StringComparer.Ordinal);
        Assert.True(StopWords.All.SetEquals(jsStopWords), "C# and words.js list different stop words");
    }

    /// <summary>What words-parity.mjs prints; null where Node.js is missing, which fails the test in CI.</summary>
    private JsonElement? WordsJsResults()
    {
        var results = s_wordsJsResults.Value;
        if (results is null)
        {
            Assert.False(Environment.GetEnvironmentVariable("CI") == "true", "Node.js (node) is not on PATH; CI needs it for the words.js parity test");
            _output.WriteLine("Node.js (node) is not on PATH: the words.js parity test did not run.");
        }

        return results;
    }

    private static JsonElement? RunWordsJs()
    {
        if (FindNode() is not { } node)
        {
            return null;
        }

        var start = new ProcessStartInfo(node)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        foreach (var argument in new[] { Path.Combine(s_folder, "words-parity.mjs"), s_wordsJs, s_formsPath, s_sentencesPath })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, "words-parity.mjs failed: " + error.Result);
        using var document = JsonDocument.Parse(output);
        return document.RootElement.Clone();
    }

    private static string? FindNode()
    {
        var names = OperatingSystem.IsWindows() ? new[] { "node.exe" } : ["node"];
        foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var name in names)
            {
                var path = Path.Combine(folder, name);
                if (File.Exists(path))
                {
                    return path;
                }
            }
        }

        return null;
    }
}
