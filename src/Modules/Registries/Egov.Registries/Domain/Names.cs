using System.Text;

namespace Egov.Registries.Domain;

internal static class Names
{
    /// <summary>
    /// Names compare after trimming and in Unicode composed form: some keyboards send Hangul (and accented
    /// Latin) as decomposed characters, which look identical but differ code point by code point.
    /// </summary>
    public static bool Same(string registered, string typed) =>
        string.Equals(registered.Normalize(NormalizationForm.FormC), typed.Trim().Normalize(NormalizationForm.FormC), StringComparison.Ordinal);

    /// <summary>
    /// A name as the register writes it and is searched by: composed form, no space at either end, one space
    /// between words. Names written so are found by an equality on the column, which an index serves.
    /// </summary>
    public static string Normalize(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Normalize(NormalizationForm.FormC);
    }
}
