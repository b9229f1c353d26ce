using System.Globalization;
using System.Text;
using ArchiveSite.Core.Language.Text;

namespace ArchiveSite.Core.Language;

/// <summary>URL slugs: KMU 2010 transliteration, lower case ASCII letters and digits joined by hyphens,
/// cut at a word boundary.</summary>
public static class SlugMaker
{
    public const int MaxLength = 80;

    public static string Slugify(string text, int maxLength = MaxLength)
    {
        var latin = Kmu2010Transliterator.Transliterate(text).Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(latin.Length);
        var pendingHyphen = false;
        foreach (var c in latin)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var lower = InvariantCase.ToLower(c);
            if (lower is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                if (pendingHyphen && builder.Length > 0)
                {
                    builder.Append('-');
                }

                builder.Append(lower);
                pendingHyphen = false;
            }
            else
            {
                pendingHyphen = true;
            }
        }

        return CutAtWordBoundary(builder.ToString(), maxLength);
    }

    private static string CutAtWordBoundary(string slug, int maxLength)
    {
        if (slug.Length <= maxLength)
        {
            return slug;
        }

        var cut = slug.LastIndexOf('-', maxLength);
        return cut > 0 ? slug[..cut] : slug[..maxLength];
    }
}
