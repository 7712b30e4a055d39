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
}
