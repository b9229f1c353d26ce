using CsCheck;

namespace ArchiveSite.Core.Tests;

/// <summary>Generators of the text that arrives from scrapers and editors: Ukrainian and Russian letters,
/// Latin, digits, Markdown and HTML punctuation, quotes, line breaks of every kind, control characters,
/// byte order marks, emoji and a few characters that are no text at all.</summary>
internal static class HostileText
{
    public const string Letters = "абвгґдеєжзиіїйклмнопрстуфхцчшщьюяАБВГҐДЕЄЖЗИІЇЙКЛМНОПРСТУФХЦЧШЩЬЮЯыэъёЫЭЪЁ";

    public const string Cyrillic = Letters + "'’ʼ";

    public const string Markup = "<>&\"'`*_[]()!#-=+:|{}~.,;?\\/ 0123456789@%$^";

    public const string Odd = "\t\r\n\f\v\0\u0001\u001B\u007F\u0085\u0095\u00A0\u2028\u2029\uFEFF\uFFFD\u200B\u0301";

    /// <summary>One character, mostly letters, sometimes markup, rarely something odd.</summary>
    public static Gen<char> Char { get; } = Gen.Frequency(
        (10, Gen.Char[Cyrillic]),
        (4, Gen.Char.AlphaNumeric),
        (4, Gen.Const(' ')),
        (3, Gen.Char[Markup]),
        (1, Gen.Char["\n\n\r"]),
        (1, Gen.Char[Odd]),
        (1, Gen.Char));

    public static Gen<string> String(int maxLength) => Char.Array[0, maxLength].Select(chars => new string(chars));

    /// <summary>A word of Cyrillic or Latin letters and digits, as a body of a seed is made of.</summary>
    public static Gen<string> Word { get; } = Gen.OneOf(Gen.Char[Letters], Gen.Char.AlphaNumeric).Array[1, 12].Select(chars => new string(chars));

    /// <summary>Seed-like text: lines of words and markup, a date line sometimes, blank lines between.</summary>
    public static Gen<string> SeedText { get; } =
        Gen.OneOf(
            String(60),
            Gen.Const("23 грудня 2025, 15:30"),
            Gen.Const("32.13.2025"),
            Gen.Const("Фото: з відкритих джерел"),
            Gen.Const("Як вже писали \"Коментарі\", щось сталося."),
            Gen.Const("<script>alert(1)</script>"),
            Gen.Const(""))
        .Array[0, 12]
        .Select(lines => string.Join('\n', lines));
}
