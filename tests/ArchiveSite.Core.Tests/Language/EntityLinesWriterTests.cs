using ArchiveSite.Core.Language.Evaluation;

namespace ArchiveSite.Core.Tests.Language;

public sealed class EntityLinesWriterTests
{
    [Fact]
    public void Process_OneLine_WritesMentionsWithCodePointOffsets()
    {
        var input = new StringReader("{\"text\": \"😀 Заявив Сергій Рябков у Москві. Рябков додав.\"}\n");
        var output = new StringWriter();

        var count = EntityLinesWriter.Process(input, output);

        Assert.Equal(1, count);
        var line = output.ToString().Trim();
        Assert.Equal(
            "{\"persons\":[[9,22,\"Сергій Рябков\",\"Сергій Рябков\"],[33,39,\"Рябков\",\"Сергій Рябков\"]],"
            + "\"places\":[[25,31,\"Москві\",\"Москва\"]],\"organizations\":[]}",
            line);
    }

    [Fact]
    public void Process_LineWithoutText_Throws()
    {
        Assert.Throws<InvalidDataException>(() => EntityLinesWriter.Process(new StringReader("{\"x\": 1}"), new StringWriter()));
    }
}
