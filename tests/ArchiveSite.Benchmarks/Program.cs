using System.Globalization;
using ArchiveSite.Benchmarks;
using BenchmarkDotNet.Running;

// The benchmark tool behind bench/run.sh:
//   corpus N DIR        writes DIR/seeds and DIR/input for N synthetic articles, and DIR/site.yml
//   hugo-site DIR       writes an equivalent Hugo site in DIR/hugo over DIR/input, and DIR/hugo-norelated without related articles
//   report FILE.tsv     prints the Markdown tables of a results file
//   micro [args]        runs the BenchmarkDotNet micro-benchmarks (front matter, Markdown)
//   search-latency URL RUNS QUERY...   times queries on a served site's /search/ in Chromium, cold and warm
if (args.Length == 0)
{
    Console.Error.WriteLine("usage: corpus N DIR | hugo-site DIR | report FILE.tsv | profile DIR/input | search-latency URL RUNS QUERY... | micro [BenchmarkDotNet args]");
    return 2;
}

switch (args[0])
{
    case "corpus":
        var count = int.Parse(args[1], CultureInfo.InvariantCulture);
        var root = args[2];
        var characters = SyntheticCorpus.Write(root, count);
        File.WriteAllText(Path.Combine(root, "site.yml"), "title: \"Архів новин\"\nbase_url: \"http://localhost:8000/\"\nitems_per_page: 20\n");
        Console.WriteLine($"corpus: {count} articles, {characters / Math.Max(1, count)} characters each on average, in {root}");
        return 0;
    case "hugo-site":
        HugoSite.Write(Path.Combine(args[1], "hugo"), Path.Combine(args[1], SyntheticCorpus.InputFolder));
        HugoSite.Write(Path.Combine(args[1], "hugo-norelated"), Path.Combine(args[1], SyntheticCorpus.InputFolder), related: false);
        return 0;
    case "report":
        Console.Write(BenchmarkReport.Markdown(File.ReadAllLines(args[1])));
        return 0;
    case "profile":
        await BuildProfile.RunAsync(args[1], Console.Out);
        return 0;
    case "search-latency":
        await SearchLatency.RunAsync(new Uri(args[1]), int.Parse(args[2], CultureInfo.InvariantCulture), args[3..], Console.Out);
        return 0;
    case "micro":
        BenchmarkSwitcher.FromAssembly(typeof(SyntheticCorpus).Assembly).Run(args[1..]);
        return 0;
    default:
        Console.Error.WriteLine($"unknown command {args[0]}");
        return 2;
}
