using System.Globalization;
using Egov.Platform.Packs;

namespace Egov.Approvals.Pages.Officials;

/// <summary>Names of the pack's codes in the reader's language: document types are named by the organisation (<c>org.yaml</c>).</summary>
internal static class PackNames
{
    public static string DocumentType(this CountryPack pack, string code) =>
        pack.Org.FindDocumentType(code)?.NameIn(CultureInfo.CurrentUICulture) ?? code;

    /// <summary>The agency's name in the reader's language, else its code.</summary>
    public static string AgencyName(this CountryPack pack, string code)
    {
        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        return pack.Agencies.FirstOrDefault(a => a.Code == code)?.Names.GetValueOrDefault(language) ?? code;
    }
}
