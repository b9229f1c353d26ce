using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace ArchiveSite.Core.Site;

/// <summary>
/// schema.org JSON-LD for article pages. The encoder writes letters as text but escapes every character
/// that means something to HTML (&lt; &gt; &amp; quotes), so no headline can close the script element.
/// </summary>
public static class JsonLd
{
    private static readonly JsonWriterOptions s_options = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        Indented = false,
    };

    public static string NewsArticle(SiteArticle article, string url, string siteName, IReadOnlyList<string> persons)
    {
        ArgumentNullException.ThrowIfNull(article);
        var frontMatter = article.FrontMatter;
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, s_options))
        {
            json.WriteStartObject();
            json.WriteString("@context", "https://schema.org");
            json.WriteString("@type", "NewsArticle");
            json.WriteString("headline", frontMatter.Title);
            if (frontMatter.Date is { } date)
            {
                json.WriteString("datePublished", date.ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture));
            }

            json.WriteString("inLanguage", frontMatter.Lang);
            json.WriteString("url", url);
            json.WriteString("mainEntityOfPage", url);
            if (frontMatter.Tags.Length > 0)
            {
                json.WriteString("keywords", string.Join(", ", frontMatter.Tags));
            }

            if (persons.Count > 0)
            {
                json.WritePropertyName("about");
                WritePerson(json, persons[0]);
                json.WriteStartArray("mentions");
                foreach (var person in persons)
                {
                    WritePerson(json, person);
                }

                json.WriteEndArray();
            }

            json.WriteStartObject("publisher");
            json.WriteString("@type", "Organization");
            json.WriteString("name", siteName);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WritePerson(Utf8JsonWriter json, string name)
    {
        json.WriteStartObject();
        json.WriteString("@type", "Person");
        json.WriteString("name", name);
        json.WriteEndObject();
    }
}
