using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Egov.Registries.MyData;

/// <summary>Codes in words: the text for a code when the platform or the pack has one, else the code itself.</summary>
internal static class Words
{
    public static string For(IStringLocalizer texts, string prefix, string? code)
    {
        ArgumentNullException.ThrowIfNull(texts);
        if (string.IsNullOrEmpty(code))
        {
            return "";
        }

        return texts[$"{prefix}.{code}"] is { ResourceNotFound: false } text ? text.Value : code;
    }

    /// <summary>A country by its ISO 3166-1 code, named in the reader's language; the code when unknown.</summary>
    public static string Country(string code)
    {
        try
        {
            return new RegionInfo(code).DisplayName;
        }
        catch (ArgumentException)
        {
            return code;
        }
    }
}
