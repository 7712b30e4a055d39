using System.Globalization;
using Egov.Platform.Packs;

namespace Egov.Identity.Brokers;

/// <summary>Names of brokered sign-in in schemes, events and sessions.</summary>
internal static class BrokerMethods
{
    /// <summary>The authentication scheme of a pack's provider (<c>broker-pass</c>), also the login provider stored with the link.</summary>
    public static string Scheme(string providerId) => "broker-" + providerId;

    /// <summary>The method named in events: <c>fed:&lt;provider id&gt;</c>.</summary>
    public static string Of(string scheme) => "fed:" + (scheme.StartsWith("broker-", StringComparison.Ordinal) ? scheme["broker-".Length..] : scheme);

    /// <summary>The provider's name in the language of the request, else the pack's default.</summary>
    public static string NameOf(BrokeredProvider provider, CountryPack pack) =>
        provider.Names.GetValueOrDefault(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName) ?? provider.Names[pack.DefaultLanguage];
}
