using System.Text.RegularExpressions;
using Egov.Platform.Packs.Demo;

namespace Egov.Platform.Packs;

/// <summary>
/// Reads the optional <c>documents.yaml</c>: unique well-formed codes, a title and an issuer in every language, a
/// known register view, known requesters, fees the currency can express, a verification period, and a delegable
/// service whenever a power of attorney may request the certificate.
/// </summary>
internal static partial class DocumentCatalogReader
{
    public const string FileName = "documents.yaml";

    /// <summary>Ten years: a verification link on a certificate should not outlive the records behind it.</summary>
    private const int MaxVerifiableDays = 3650;

    public static DocumentCatalog Read(string packDirectory, IReadOnlyList<string> languages, CurrencyFormat currency, DelegationSettings delegation, PackErrorList errors)
    {
        var fullPath = Path.Combine(packDirectory, FileName);
        if (!File.Exists(fullPath) || YamlFields.LoadFile(fullPath, FileName, errors) is not { } f)
        {
            return DocumentCatalog.None;
        }

        var types = new List<DocumentType>();
        var codes = new UniqueValues("document code");
        var list = f.List("documents");
        for (var i = 0; list is not null && i < list.Children.Count; i++)
        {
            if (f.MapValue(list.Children[i], $"documents[{i}]") is { } entry
                && ReadType(entry, languages, currency, delegation) is { } type && codes.Claim(entry, "code", type.Code))
            {
                types.Add(type);
            }
        }

        f.RejectUnknown();
        return new DocumentCatalog(types);
    }

    private static DocumentType? ReadType(YamlFields entry, IReadOnlyList<string> languages, CurrencyFormat currency, DelegationSettings delegation)
    {
        var code = Checked(entry, "code", entry.String("code"), CodePattern().IsMatch, "must be lower-case words joined by '-' (e.g. family-relation-certificate)");
        var names = LanguageMaps.Read(entry, "names", languages);
        var source = Checked(entry, "source", entry.String("source"), DocumentSources.All.Contains, $"must be one of {string.Join(", ", DocumentSources.All)}");
        var requesters = Requesters(entry);
        var issuer = LanguageMaps.Read(entry, "issuer", languages);
        var mask = entry.Bool("maskNumbers");
        var addressHistory = entry.Bool("addressHistory", required: false);
        var purposes = Purposes(entry, languages);
        var fees = entry.Map("fees") is { } feeMap ? Fees(feeMap, currency) : null;
        var days = entry.Int("verifiableDays");
        if (days is < 1 or > MaxVerifiableDays)
        {
            entry.Error(entry.Node("verifiableDays", false)!, entry.FieldPath("verifiableDays"), $"must be between 1 and {MaxVerifiableDays}");
        }

        var legalBasis = entry.String("legalBasis");
        var service = entry.String("service", required: requesters.Contains(DocumentRequesters.PowerOfAttorney));
        if (service is not null && delegation.Find(service) is null)
        {
            entry.Error(entry.Node("service", false)!, entry.FieldPath("service"), "not a service of delegation.yaml");
        }

        entry.RejectUnknown();
        return code is null || source is null || mask is null || fees is null || days is null or < 1 or > MaxVerifiableDays || requesters.Count == 0
            || legalBasis is null
            ? null
            : new DocumentType(code, names, source, requesters, issuer, mask.Value, addressHistory, purposes, fees, days.Value, service, legalBasis);
    }

    private static List<string> Requesters(YamlFields entry)
    {
        var requesters = new List<string>();
        foreach (var (value, _) in entry.NonEmptyStrings("requesters"))
        {
            if (!DocumentRequesters.All.Contains(value))
            {
                entry.Error(entry.Node("requesters", false)!, entry.FieldPath("requesters"), $"'{value}' is not one of {string.Join(", ", DocumentRequesters.All)}");
            }
            else if (!requesters.Contains(value))
            {
                requesters.Add(value);
            }
        }

        return requesters;
    }

    private static List<DocumentPurpose> Purposes(YamlFields entry, IReadOnlyList<string> languages)
    {
        var purposes = new List<DocumentPurpose>();
        var codes = new UniqueValues("purpose code");
        var list = entry.List("purposes", required: false);
        for (var i = 0; list is not null && i < list.Children.Count; i++)
        {
            if (entry.MapValue(list.Children[i], entry.FieldPath($"purposes[{i}]")) is not { } purpose)
            {
                continue;
            }

            var code = Checked(purpose, "code", purpose.String("code"), CodePattern().IsMatch, "must be lower-case words joined by '-'");
            var names = LanguageMaps.Read(purpose, "names", languages);
            purpose.RejectUnknown();
            if (code is not null && codes.Claim(purpose, "code", code))
            {
                purposes.Add(new DocumentPurpose(code, names));
            }
        }

        return purposes;
    }

    private static DocumentFees? Fees(YamlFields fees, CurrencyFormat currency)
    {
        decimal? Amount(string key)
        {
            var value = fees.Number(key);
            if (value is null)
            {
                return null;
            }

            var amount = (decimal)value.Value;
            if (amount < 0 || decimal.Round(amount, currency.Decimals) != amount)
            {
                fees.Error(fees.Node(key, false)!, fees.FieldPath(key), $"must be zero or more with at most {currency.Decimals} decimals ({currency.Code})");
                return null;
            }

            return amount;
        }

        var online = Amount("online");
        var counter = Amount("counter");
        fees.RejectUnknown();
        return online is null || counter is null ? null : new DocumentFees(online.Value, counter.Value);
    }

    private static string? Checked(YamlFields entry, string key, string? value, Func<string, bool> isValid, string message)
    {
        if (value is not null && !isValid(value))
        {
            entry.Error(entry.Node(key, false)!, entry.FieldPath(key), message);
            return null;
        }

        return value;
    }

    [GeneratedRegex(@"^[a-z][a-z0-9]*(-[a-z0-9]+)*$")]
    private static partial Regex CodePattern();
}
