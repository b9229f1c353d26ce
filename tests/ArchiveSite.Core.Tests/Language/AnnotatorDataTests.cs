using ArchiveSite.Core.Language;

namespace ArchiveSite.Core.Tests.Language;

public sealed class AnnotatorDataTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "archivesite-data-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public void EnsureDefaults_EmptyFolder_WritesBothFiles()
    {
        var written = AnnotatorData.EnsureDefaults(_folder);

        Assert.Equal(2, written.Count);
        Assert.Contains("переговори", File.ReadAllText(Path.Combine(_folder, AnnotatorData.TagsFileName)), StringComparison.Ordinal);
        Assert.Contains("Володимир Зеленський", File.ReadAllText(Path.Combine(_folder, AnnotatorData.PersonsFileName)), StringComparison.Ordinal);
    }

    [Fact]
    public void EnsureDefaults_EditedFile_IsKept()
    {
        Directory.CreateDirectory(_folder);
        var path = Path.Combine(_folder, AnnotatorData.TagsFileName);
        File.WriteAllText(path, "- tag: мистецтво\n  stems: [мистецтв]\n");

        var written = AnnotatorData.EnsureDefaults(_folder);

        Assert.Single(written);
        Assert.Equal("- tag: мистецтво\n  stems: [мистецтв]\n", File.ReadAllText(path));
    }

    [Fact]
    public void Create_SiteTagsFile_AddsTopics()
    {
        Directory.CreateDirectory(_folder);
        File.WriteAllText(Path.Combine(_folder, AnnotatorData.TagsFileName), "- tag: мистецтво\n  stems: [мистецтв, художн]\n");
        var annotator = NewsAnnotator.Create(_folder);

        var tags = annotator.Annotate([new AnnotationInput("a", "uk", "Виставка", null, ["Мистецтво війни: художники показали мистецтво."])])[0].Tags;

        Assert.Contains("мистецтво", tags);
    }

    [Fact]
    public void Create_SitePersonsFile_MapsAliasesAndExcludes()
    {
        Directory.CreateDirectory(_folder);
        File.WriteAllText(Path.Combine(_folder, AnnotatorData.PersonsFileName), """
            persons:
              - name: Стів Віткофф
                aliases: [Стів Уіткофф]
            exclude:
              - Джаред Кушнер
            """);
        var annotator = NewsAnnotator.Create(_folder);

        var persons = annotator.Annotate([new AnnotationInput("a", "uk", "Новини", null, ["Переговори вели Стів Уіткофф і Джаред Кушнер."])])[0].Persons;

        Assert.Equal(["Стів Віткофф"], persons);
    }

    [Fact]
    public void Create_MissingFolder_UsesBuiltInData()
    {
        var annotator = NewsAnnotator.Create(Path.Combine(_folder, "absent"));

        var persons = annotator.Annotate([new AnnotationInput("a", "uk", "Новини", null, ["Заявив Сергій Рябков."])])[0].Persons;

        Assert.Equal(["Сергій Рябков"], persons);
    }

    [Fact]
    public void PersonDescriptions_SiteFile_OverridesAndAdds()
    {
        Directory.CreateDirectory(_folder);
        File.WriteAllText(Path.Combine(_folder, AnnotatorData.PersonsFileName), """
            persons:
              - name: Сергій Рябков
                description: Заступник міністра закордонних справ Росії
            """);

        var descriptions = AnnotatorData.PersonDescriptions(_folder);

        Assert.Equal("Заступник міністра закордонних справ Росії", descriptions["Сергій Рябков"]);
        Assert.Equal("Президент України", descriptions["Володимир Зеленський"]);
    }

    [Fact]
    public void CanonicalPersonNameForSite_SiteAlias_MapsToCanonical()
    {
        Directory.CreateDirectory(_folder);
        File.WriteAllText(Path.Combine(_folder, AnnotatorData.PersonsFileName), """
            persons:
              - name: Гліб Каневський
                aliases: [Глеб Каневский]
            """);

        var key = CanonicalPersonName.ForSite(_folder);

        Assert.Equal("Гліб Каневський", key("Глеб Каневский"));
        Assert.Equal("Сергій Рябков", key("Сергей Рябков"));
    }
}
