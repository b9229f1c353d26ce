using YamlDotNet.RepresentationModel;

namespace ArchiveSite.Tests.Publishing;

public sealed class PagesWorkflowTests
{
    private static readonly string s_workflow = Path.Combine(RepositoryFiles.Root, ".github", "workflows", "pages.yml");

    [Fact]
    public void Workflow_OnPushToMain_BuildsWithThePagesBaseUrlAndDeploys()
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(s_workflow)));
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;

        var on = (YamlMappingNode)root["on"];
        var branches = (YamlSequenceNode)((YamlMappingNode)on["push"])["branches"];
        Assert.Contains("main", branches.Select(b => b.ToString()));
        var permissions = (YamlMappingNode)root["permissions"];
        Assert.Equal("write", permissions["pages"].ToString());
        Assert.Equal("write", permissions["id-token"].ToString());

        var jobs = (YamlMappingNode)root["jobs"];
        var build = Steps(jobs, "build");
        var uses = build.Select(s => s.Children.TryGetValue("uses", out var u) ? u.ToString() : string.Empty).ToList();
        Assert.Contains(uses, u => u.StartsWith("actions/checkout@", StringComparison.Ordinal));
        Assert.Contains(uses, u => u.StartsWith("actions/setup-dotnet@", StringComparison.Ordinal));
        Assert.DoesNotContain(uses, u => u.StartsWith("actions/setup-node@", StringComparison.Ordinal));
        Assert.Contains(uses, u => u.StartsWith("actions/configure-pages@", StringComparison.Ordinal));
        Assert.Contains(uses, u => u.StartsWith("actions/upload-pages-artifact@", StringComparison.Ordinal));
        var dotnet = build.Single(s => s.Children.TryGetValue("uses", out var u) && u.ToString().StartsWith("actions/setup-dotnet@", StringComparison.Ordinal));
        Assert.StartsWith("10.", ((YamlMappingNode)dotnet["with"])["dotnet-version"].ToString(), StringComparison.Ordinal);

        var configure = build.FindIndex(s => s.Children.TryGetValue("uses", out var u) && u.ToString().StartsWith("actions/configure-pages@", StringComparison.Ordinal));
        var pagesId = build[configure]["id"].ToString();
        var run = build.FindIndex(s => s.Children.TryGetValue("run", out var r) && r.ToString().Contains("--base-url", StringComparison.Ordinal) && r.ToString().Contains($"steps.{pagesId}.outputs.base_url", StringComparison.Ordinal));
        var upload = build.FindIndex(s => s.Children.TryGetValue("uses", out var u) && u.ToString().StartsWith("actions/upload-pages-artifact@", StringComparison.Ordinal));
        Assert.True(configure < run && run < upload, "configure-pages, then the build with its base URL, then the upload");
        Assert.Equal("output", ((YamlMappingNode)build[upload]["with"])["path"].ToString());

        var deploy = (YamlMappingNode)jobs["deploy"];
        Assert.Equal("build", deploy["needs"].ToString());
        Assert.Contains(Steps(jobs, "deploy"), s => s.Children.TryGetValue("uses", out var u) && u.ToString().StartsWith("actions/deploy-pages@", StringComparison.Ordinal));
    }

    private static List<YamlMappingNode> Steps(YamlMappingNode jobs, string job) =>
        [.. ((YamlSequenceNode)((YamlMappingNode)jobs[job])["steps"]).Cast<YamlMappingNode>()];
}
