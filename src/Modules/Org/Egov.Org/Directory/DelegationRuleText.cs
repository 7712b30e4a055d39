using Egov.Platform.Localization;
using Egov.Platform.Packs;
using Microsoft.Extensions.Localization;

namespace Egov.Org.Directory;

/// <summary>
/// A delegation row in plain words ("Expenditure, from KRW 10,000,000 to less than KRW 100,000,000: Director-general"),
/// in the reader's language for pages and in the pack's default language for the document card, which is a record.
/// </summary>
internal sealed class DelegationRuleText(CountryPack pack, IStringLocalizer texts, CultureFormat format)
{
    /// <summary>The row as the document card keeps it, in the pack's default language.</summary>
    public string ForRecord(DelegationRule? rule, string documentType)
    {
        using var scope = new CultureScope(pack.DefaultLanguage);
        return rule is null ? texts["org.rule.none", TypeName(documentType), PostName(pack.Org.TopPost?.Code ?? "")].Value : Describe(rule);
    }

    public string Describe(DelegationRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var subject = rule.Subject.Count == 0 ? "" : texts["org.rule.subject", LocalName(rule.Subject)].Value;
        return texts["org.rule.row", TypeName(rule.DocumentType), Range(rule), PostName(rule.PostCode), subject].Value.Trim();
    }

    public string Range(DelegationRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return (rule.MinAmount, rule.MaxAmount) switch
        {
            (null, null) => texts["org.rule.anyAmount"].Value,
            ({ } min, null) => texts["org.rule.from", format.Money(min)].Value,
            (null, { } max) => texts["org.rule.below", format.Money(max)].Value,
            ({ } min, { } max) => texts["org.rule.between", format.Money(min), format.Money(max)].Value,
        };
    }

    public string TypeName(string code) => pack.Org.FindDocumentType(code)?.NameIn(System.Globalization.CultureInfo.CurrentUICulture) ?? code;

    public string PostName(string code) => pack.Org.FindPost(code)?.NameIn(System.Globalization.CultureInfo.CurrentUICulture) ?? code;

    public static string LocalName(IReadOnlyDictionary<string, string> names)
    {
        var culture = System.Globalization.CultureInfo.CurrentUICulture;
        return names.TryGetValue(culture.TwoLetterISOLanguageName, out var name) ? name : names.Values.FirstOrDefault() ?? "";
    }
}
