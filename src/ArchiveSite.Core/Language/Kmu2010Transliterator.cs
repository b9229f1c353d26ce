using System.Text;
using ArchiveSite.Core.Language.Text;

namespace ArchiveSite.Core.Language;

/// <summary>
/// Ukrainian-to-Latin transliteration by the national system (Cabinet of Ministers resolution No. 55,
/// 27 January 2010). Є, Ї, Й, Ю, Я are written Ye, Yi, Y, Yu, Ya at the start of a word and ie, i, i, iu, ia
/// elsewhere; "зг" is "zgh"; the soft sign and the apostrophe are dropped. Letters of Russian text that
/// Ukrainian lacks (ы, э, ё, ъ) are given their usual Latin forms. Other characters pass through.
/// </summary>
public static class Kmu2010Transliterator
{
    public static string Transliterate(ReadOnlySpan<char> text)
    {
        var builder = new StringBuilder(text.Length + (text.Length / 4));
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var lower = InvariantCase.ToLower(c);
            var atWordStart = i == 0 || !IsWordLetter(text[i - 1]);
            string? latin = lower switch
            {
                'а' => "a",
                'б' => "b",
                'в' => "v",
                'г' => i > 0 && InvariantCase.ToLower(text[i - 1]) == 'з' ? "gh" : "h",
                'ґ' => "g",
                'д' => "d",
                'е' => "e",
                'є' => atWordStart ? "ye" : "ie",
                'ж' => "zh",
                'з' => "z",
                'и' => "y",
                'і' => "i",
                'ї' => atWordStart ? "yi" : "i",
                'й' => atWordStart ? "y" : "i",
                'к' => "k",
                'л' => "l",
                'м' => "m",
                'н' => "n",
                'о' => "o",
                'п' => "p",
                'р' => "r",
                'с' => "s",
                'т' => "t",
                'у' => "u",
                'ф' => "f",
                'х' => "kh",
                'ц' => "ts",
                'ч' => "ch",
                'ш' => "sh",
                'щ' => "shch",
                'ь' or 'ъ' => string.Empty,
                'ю' => atWordStart ? "yu" : "iu",
                'я' => atWordStart ? "ya" : "ia",
                'ы' => "y",
                'э' => "e",
                'ё' => atWordStart ? "yo" : "io",
                '\'' or '’' or 'ʼ' or '`' => string.Empty,
                _ => null,
            };

            if (latin is null)
            {
                builder.Append(c);
            }
            else if (latin.Length > 0 && char.IsUpper(c))
            {
                // Capitalise the first Latin letter only, "Щ" -> "Shch"; a word in capitals stays readable.
                builder.Append(InvariantCase.ToUpper(latin[0])).Append(latin.AsSpan(1));
            }
            else
            {
                builder.Append(latin);
            }
        }

        return builder.ToString();
    }

    private static bool IsWordLetter(char c) => char.IsLetter(c) || c is '\'' or '’' or 'ʼ';
}
