using ArchiveSite.Core.Search.Words;

namespace ArchiveSite.Core.Tests.Search;

public sealed class StemmerTests
{
    /// <summary>The forms of one word, or of one name, that must share a key.</summary>
    public static TheoryData<string, string> Paradigms => new()
    {
        { "uk", "санкція санкції санкцій санкцію санкцією санкціям санкціями санкціях" },
        { "uk", "переговори переговорів переговорам переговорами переговорах" },
        { "uk", "вибори виборів виборам виборами виборах" },
        { "uk", "Зеленський Зеленського Зеленському Зеленським Зеленськім" },
        { "uk", "Зеленська Зеленської Зеленській Зеленську Зеленською" },
        { "uk", "Тимошенко Тимошенка Тимошенку Тимошенком" },
        { "uk", "Рябков Рябкова Рябкову Рябковим Рябкові" },
        { "uk", "Лавров Лаврова Лаврову Лавровим" },
        { "uk", "енергетика енергетики енергетиці енергетику енергетикою" },
        { "uk", "політика політики політиці політику політикою" },
        { "uk", "Америка Америки Америці Америку Америкою" },
        { "uk", "перемога перемоги перемозі перемогу перемогою" },
        { "uk", "допомога допомоги допомозі допомогу допомогою" },
        { "uk", "Україна України Україні Україну Україною" },
        { "uk", "війна війни війні війну війною війн війнам війнами війнах" },
        { "uk", "президент президента президенту президентові президентом президенті президенти президентів" },
        { "uk", "Путін Путіна Путіну Путіним Путіні" },
        { "uk", "Харків Харкова Харкову Харковом Харкові" },
        { "uk", "Київ Києва Києву Києвом Києві" },
        { "uk", "року році роки років рокам роками роках" },
        { "uk", "Сергій Сергія Сергію Сергієм" },
        { "uk", "Дмитрієв Дмитрієва Дмитрієву Дмитрієвим" },
        { "uk", "угода угоди угоді угоду угодою угод угодам угодами угодах" },
        { "uk", "столиця столиці столицю столицею" },
        { "uk", "відповідальність відповідальності відповідальністю" },
        { "uk", "депутат депутата депутати депутатів депутатам депутатами" },
        { "uk", "заявив заявила заявили заявило" },
        { "uk", "відбувся відбулася відбулися" },
        { "uk", "кубок кубка кубку кубком кубки кубків" },
        { "uk", "гравець гравця гравцю гравцем гравці гравців" },
        { "uk", "потоку потоком потоці" },
        { "ru", "Лавров Лаврова Лаврову Лавровым Лаврове" },
        { "ru", "выборы выборов выборам выборами выборах" },
        { "ru", "санкция санкции санкций санкцию санкцией санкциям санкциями санкциях" },
        { "ru", "переговоры переговоров переговорам переговорами переговорах" },
        { "ru", "Зеленский Зеленского Зеленскому Зеленским Зеленском" },
        { "ru", "Песков Пескова Пескову Песковым Пескове" },
        { "ru", "Медведев Медведева Медведеву Медведевым" },
        { "ru", "Путин Путина Путину Путиным Путине" },
        { "ru", "президент президента президенту президентом президенте президенты президентов" },
        { "ru", "война войны войне войну войной войн войнам войнами войнах" },
        { "ru", "отец отца отцу отцом отце" },
        { "ru", "кубок кубка кубку кубком" },
    };

    /// <summary>Outputs of the Snowball Russian stemmer itself.</summary>
    public static TheoryData<string, string> SnowballRussian => new()
    {
        { "вагонов", "вагон" },
        { "важная", "важн" },
        { "важнейшими", "важн" },
        { "красивейшая", "красив" },
        { "безнадежности", "безнадежн" },
        { "сделанный", "сдела" },
        { "прыгающий", "прыга" },
        { "вдохновение", "вдохновен" },
        { "лучшего", "лучш" },
        { "книги", "книг" },
        { "ёлки", "елк" },
    };

    [Theory]
    [MemberData(nameof(Paradigms))]
    public void Key_FormsOfOneWord_ShareOneKey(string language, string forms)
    {
        var keys = forms.Split(' ').Select(form => WordKeys.Key(form, language)).Distinct().ToList();

        Assert.Single(keys);
        Assert.True(keys[0].Length >= 3, keys[0]);
    }

    [Theory]
    [MemberData(nameof(SnowballRussian))]
    public void RussianStemmer_Word_GivesSnowballStem(string word, string expected)
    {
        Assert.Equal(expected, RussianStemmer.Stem(word));
    }

    [Theory]
    [InlineData("тимошенко", "тимошенк")]
    [InlineData("зеленського", "зеленськ")]
    [InlineData("енергетиці", "енергетик")]
    [InlineData("підписали", "підпис")]
    [InlineData("зробивши", "зроб")]
    public void UkrainianStemmer_Word_GivesStem(string word, string expected)
    {
        Assert.Equal(expected, UkrainianStemmer.Stem(word));
    }

    [Theory]
    [InlineData("g7")]
    [InlineData("2025")]
    [InlineData("5g")]
    [InlineData("ні")]
    [InlineData("ля")]
    [InlineData("я")]
    [InlineData("")]
    public void Stem_ShortOrWithDigits_IsUnchanged(string word)
    {
        Assert.Equal(word, Stemmer.Stem(word, "uk"));
        Assert.Equal(word, Stemmer.Stem(word, "ru"));
    }

    [Fact]
    public void Stem_OtherLanguage_StemsAsUkrainian()
    {
        Assert.Equal(UkrainianStemmer.Stem("санкціями"), Stemmer.Stem("санкціями", "en"));
    }
}
