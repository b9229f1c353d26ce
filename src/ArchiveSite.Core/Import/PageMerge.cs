using ArchiveSite.Core.Content;

namespace ArchiveSite.Core.Import;

/// <summary>
/// Three-way merge of an article page when its seed changed after an editor changed the page: for each
/// front matter field and for the body, the editor's value stays where it differs from what import
/// wrote last time; elsewhere the value from the changed seed is taken.
/// </summary>
internal static class PageMerge
{
    /// <param name="previous">What import wrote last time.</param>
    /// <param name="edited">The page as it is now.</param>
    /// <param name="generated">What import writes for the seed as it is now.</param>
    public static (FrontMatter FrontMatter, string Body, bool BodyConflict) Merge(ArticlePage previous, ArticlePage edited, ArticlePage generated)
    {
        var (p, e, g) = (previous.FrontMatter, edited.FrontMatter, generated.FrontMatter);
        var frontMatter = new FrontMatter
        {
            Title = Pick(p.Title, e.Title, g.Title),
            Subtitle = Pick(p.Subtitle, e.Subtitle, g.Subtitle),
            Date = p.Date == e.Date && p.Date?.Offset == e.Date?.Offset ? g.Date : e.Date,
            Slug = e.Slug,
            Lang = Pick(p.Lang, e.Lang, g.Lang),
            Summary = Pick(p.Summary, e.Summary, g.Summary),
            Tags = p.Tags.SequenceEqual(e.Tags) ? g.Tags : e.Tags,
            Persons = p.Persons.SequenceEqual(e.Persons) ? g.Persons : e.Persons,
            Source = Pick(p.Source, e.Source, g.Source),
            ImageCredit = Pick(p.ImageCredit, e.ImageCredit, g.ImageCredit),
            Seed = e.Seed,
        };
        var bodyEdited = previous.Body != edited.Body;
        var bodyConflict = bodyEdited && previous.Body != generated.Body;
        return (frontMatter, bodyEdited ? edited.Body : generated.Body, bodyConflict);
    }

    private static T Pick<T>(T previous, T edited, T generated) =>
        EqualityComparer<T>.Default.Equals(previous, edited) ? generated : edited;
}
