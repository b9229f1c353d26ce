namespace ArchiveSite.Core.Language.Text;

/// <summary>Normalises the spelling of names and keys: apostrophes, letter case, Russian ё.</summary>
internal static class TextNormalizer
{
    /// <summary>Lower case key with unified apostrophes and ё → е.</summary>
    public static string Key(string value)
    {
        return string.Create(value.Length, value, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = InvariantCase.ToLower(source[i]);
                span[i] = c switch
                {
                    'ё' => 'е',
                    '\u2019' or '\u02BC' or '`' or '\u2032' => '\'',
                    _ => c,
                };
            }
        });
    }

    /// <summary>"сергій" → "Сергій", "жан-люк" → "Жан-Люк".</summary>
    public static string Capitalize(string value)
    {
        if (value.Length == 0)
        {
            return value;
        }

        return string.Create(value.Length, value, static (span, source) =>
        {
            var upper = true;
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                span[i] = upper ? InvariantCase.ToUpper(c) : c;
                upper = c == '-';
            }
        });
    }
}
