using System.Text.RegularExpressions;

namespace Egov.Platform.Packs;

/// <summary>Reads and checks <c>brokeredProviders</c> in pack.yaml (optional; an empty list offers no buttons).</summary>
internal static partial class BrokeredProviderReader
{
    public static IReadOnlyList<BrokeredProvider> Read(YamlFields parent, IReadOnlyList<string> languages)
    {
        var result = new List<BrokeredProvider>();
        if (parent.List("brokeredProviders", required: false) is not { } list)
        {
            return result;
        }

        for (var i = 0; i < list.Children.Count; i++)
        {
            if (parent.MapValue(list.Children[i], $"brokeredProviders[{i}]") is not { } f || ReadOne(f, languages) is not { } provider)
            {
                continue;
            }

            if (result.Any(p => p.Id == provider.Id))
            {
                f.Error(f.Node("id", false)!, f.FieldPath("id"), $"provider id '{provider.Id}' is used twice");
            }

            result.Add(provider);
        }

        return result;
    }

    private static BrokeredProvider? ReadOne(YamlFields f, IReadOnlyList<string> languages)
    {
        var id = f.String("id");
        if (id is not null && !Id().IsMatch(id))
        {
            f.Error(f.Node("id", false)!, f.FieldPath("id"), "use 1 to 32 lower-case letters, digits and hyphens");
            id = null;
        }

        var names = LanguageMaps.Read(f, "names", languages);
        var authority = ReadAuthority(f);
        var clientId = f.String("clientId");
        var secret = f.String("clientSecretSetting");
        if (secret is not null && !SettingKey().IsMatch(secret))
        {
            f.Error(f.Node("clientSecretSetting", false)!, f.FieldPath("clientSecretSetting"),
                "must name a configuration setting (e.g. Identity:Brokers:pass:ClientSecret); the secret itself never goes in a pack");
            secret = null;
        }

        var scopes = f.Strings("scopes").Select(s => s.Value).ToList();
        if (f.Node("scopes", false) is { } scopesNode && !scopes.Contains("openid"))
        {
            f.Error(scopesNode, f.FieldPath("scopes"), "must include openid");
        }

        var assurance = f.String("assurance");
        if (assurance is not null and not ("aal1" or "aal2"))
        {
            f.Error(f.Node("assurance", false)!, f.FieldPath("assurance"), "expected aal1 or aal2");
            assurance = null;
        }

        var proofing = f.Map("proofing", required: false) is { } p ? ReadProofing(p) : null;
        f.RejectUnknown();
        return id is null || authority is null || clientId is null || secret is null || assurance is null
            ? null
            : new BrokeredProvider(id, names, authority, clientId, secret, scopes, assurance, proofing);
    }

    /// <summary>HTTPS, except on loopback where a test or a demo runs its own provider.</summary>
    private static Uri? ReadAuthority(YamlFields f)
    {
        var text = f.String("authority");
        if (text is null)
        {
            return null;
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || !(uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback)))
        {
            f.Error(f.Node("authority", false)!, f.FieldPath("authority"), "expected an absolute https URL (http only on loopback)");
            return null;
        }

        return uri;
    }

    private static BrokeredProofing? ReadProofing(YamlFields f)
    {
        var identifier = f.String("identifierClaim");
        var name = f.String("nameClaim");
        f.RejectUnknown();
        return identifier is null || name is null ? null : new BrokeredProofing(identifier, name);
    }

    [GeneratedRegex("^[a-z0-9-]{1,32}$", RegexOptions.CultureInvariant)]
    private static partial Regex Id();

    [GeneratedRegex("^[A-Za-z0-9_.-]+(:[A-Za-z0-9_.-]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex SettingKey();
}
