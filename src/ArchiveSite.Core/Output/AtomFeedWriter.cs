using System.Buffers.Binary;
using System.Globalization;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using System.Xml;
using ArchiveSite.Core.Site;

namespace ArchiveSite.Core.Output;

/// <summary>Atom 1.0 feeds: one for the site, and one for every tag and every person, each with its
/// newest <see cref="EntryCount"/> articles and absolute URLs.</summary>
public static class AtomFeedWriter
{
    public const int EntryCount = 20;
    private const string AtomNamespace = "http://www.w3.org/2005/Atom";

    /// <summary>Used as the feed's update time when no article has a date, so output stays deterministic.</summary>
    private static readonly DateTimeOffset s_undated = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static int Count(SiteModel model) => (model ?? throw new ArgumentNullException(nameof(model))).Tags.Length + model.Persons.Length + 1;

    public static IEnumerable<SiteFile> All(SiteModel model)
    {
        var count = Count(model);
        for (var i = 0; i < count; i++)
        {
            yield return Feed(model, i);
        }
    }

    /// <summary>One feed: 0 is the site's, then the tags', then the persons' (<see cref="Count"/> in all).
    /// Feeds are independent of each other, so they may be written in parallel.</summary>
    public static SiteFile Feed(SiteModel model, int index)
    {
        ArgumentNullException.ThrowIfNull(model);
        var (pagePath, title, entries) = Parts(model, index);
        return Feed(model, new SiteUrls(model.Settings.BaseUrl), pagePath, title, model.Settings.Description, entries);
    }

    /// <summary>Where feed <paramref name="index"/> goes, and a key that changes whenever its bytes would: a
    /// hash of everything it is written from (settings, title, and its entries' fields), so that an
    /// incremental build need not write a feed to know it is unchanged.</summary>
    public static (string Path, string Key) Source(SiteModel model, int index)
    {
        ArgumentNullException.ThrowIfNull(model);
        var (pagePath, title, entries) = Parts(model, index);
        var hash = new XxHash128();
        var settings = model.Settings;
        foreach (var text in (ReadOnlySpan<string>)[settings.Title, settings.Description, settings.Language, settings.BaseUrl.AbsoluteUri, pagePath, title])
        {
            Append(hash, text);
        }

        foreach (var article in entries.Take(EntryCount))
        {
            var frontMatter = article.FrontMatter;
            Append(hash, article.SitePath);
            Append(hash, frontMatter.Lang);
            Append(hash, frontMatter.Title);
            Append(hash, frontMatter.Date is { } date ? Timestamp(date) : null);
            Append(hash, frontMatter.Summary);
            Append(hash, article.Tags.Length.ToString(CultureInfo.InvariantCulture));
            foreach (var term in article.Tags.Concat(article.Persons))
            {
                Append(hash, term.Name);
            }
        }

        return (SiteUrls.Feed(pagePath), "f" + Convert.ToHexStringLower(hash.GetCurrentHash()));
    }

    private static void Append(XxHash128 hash, string? text)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(length, text?.Length ?? -1);
        hash.Append(length);
        hash.Append(MemoryMarshal.AsBytes(text.AsSpan()));
    }

    private static (string PagePath, string Title, IReadOnlyList<SiteArticle> NewestFirst) Parts(SiteModel model, int index)
    {
        if (index == 0)
        {
            return (SiteUrls.Home, model.Settings.Title, model.Articles);
        }

        var term = index <= model.Tags.Length ? model.Tags[index - 1] : model.Persons[index - 1 - model.Tags.Length];
        return (term.SitePath, $"{term.Name} — {model.Settings.Title}", term.Articles);
    }

    private static SiteFile Feed(SiteModel model, SiteUrls urls, string pagePath, string title, string subtitle, IReadOnlyList<SiteArticle> newestFirst)
    {
        var feedPath = SiteUrls.Feed(pagePath);
        var entries = newestFirst.Take(EntryCount).ToList();
        var updated = entries.Select(e => e.FrontMatter.Date).FirstOrDefault(d => d is not null) ?? s_undated;
        var bytes = XmlText.Write(xml =>
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", AtomNamespace);
            xml.WriteAttributeString("xml", "lang", null, model.Settings.Language);
            xml.WriteElementString("title", AtomNamespace, XmlText.Clean(title));
            xml.WriteElementString("subtitle", AtomNamespace, XmlText.Clean(subtitle));
            xml.WriteElementString("id", AtomNamespace, urls.Absolute(pagePath));
            WriteLink(xml, "self", "application/atom+xml", urls.Absolute(feedPath));
            WriteLink(xml, "alternate", "text/html", urls.Absolute(pagePath));
            xml.WriteElementString("updated", AtomNamespace, Timestamp(updated));
            xml.WriteStartElement("author", AtomNamespace);
            xml.WriteElementString("name", AtomNamespace, XmlText.Clean(model.Settings.Title));
            xml.WriteEndElement();
            foreach (var article in entries)
            {
                WriteEntry(xml, urls, article);
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        });
        return new SiteFile(feedPath, bytes);
    }

    private static void WriteEntry(XmlWriter xml, SiteUrls urls, SiteArticle article)
    {
        var frontMatter = article.FrontMatter;
        var url = urls.Absolute(article.SitePath);
        xml.WriteStartElement("entry", AtomNamespace);
        if (frontMatter.Lang.Length > 0)
        {
            xml.WriteAttributeString("xml", "lang", null, frontMatter.Lang);
        }

        xml.WriteElementString("title", AtomNamespace, XmlText.Clean(frontMatter.Title));
        xml.WriteElementString("id", AtomNamespace, url);
        WriteLink(xml, "alternate", "text/html", url);
        var date = frontMatter.Date ?? s_undated;
        xml.WriteElementString("published", AtomNamespace, Timestamp(date));
        xml.WriteElementString("updated", AtomNamespace, Timestamp(date));
        if (frontMatter.Summary is { } summary)
        {
            xml.WriteElementString("summary", AtomNamespace, XmlText.Clean(summary));
        }

        foreach (var term in article.Tags.Concat(article.Persons))
        {
            xml.WriteStartElement("category", AtomNamespace);
            xml.WriteAttributeString("term", XmlText.Clean(term.Name));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static void WriteLink(XmlWriter xml, string relation, string type, string href)
    {
        xml.WriteStartElement("link", AtomNamespace);
        xml.WriteAttributeString("rel", relation);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    private static string Timestamp(DateTimeOffset date) => date.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
