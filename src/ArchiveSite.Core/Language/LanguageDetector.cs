using ArchiveSite.Core.Language.Text;
namespace ArchiveSite.Core.Language;

/// <summary>Tells Ukrainian from Russian text by the letters only one of them uses.</summary>
public static class LanguageDetector
{
    public const string Ukrainian = "uk";
    public const string Russian = "ru";

    public static string Detect(ReadOnlySpan<char> text)
    {
        var ukrainian = 0;
        var russian = 0;
        foreach (var c in text)
        {
            switch (InvariantCase.ToLower(c))
            {
                case 'і' or 'ї' or 'є' or 'ґ':
                    ukrainian++;
                    break;
                case 'ы' or 'э' or 'ъ' or 'ё':
                    russian++;
                    break;
            }
        }

        return russian > ukrainian ? Russian : Ukrainian;
    }
}
