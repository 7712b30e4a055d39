using System.Security.Cryptography;
using Egov.Identity.Data;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Server;

namespace Egov.Identity.Oidc;

/// <summary>
/// Gives the OpenID Connect provider its signing and encryption keys from <see cref="OidcSecrets"/>, so every
/// host copy signs ID tokens and protects codes and refresh tokens with the same keys.
/// </summary>
internal sealed class OidcKeyStore(OidcSecrets secrets) : IConfigureOptions<OpenIddictServerOptions>
{
    // Options are built once, on the first OpenID Connect request, after migrations ran.
    public void Configure(OpenIddictServerOptions options)
    {
        options.SigningCredentials.Add(new SigningCredentials(Rsa("sig-1", OidcKeyUse.Signing), SecurityAlgorithms.RsaSha256));
        options.EncryptionCredentials.Add(new EncryptingCredentials(
            Rsa("enc-1", OidcKeyUse.Encryption), SecurityAlgorithms.RsaOAEP, SecurityAlgorithms.Aes256CbcHmacSha512));
    }

    private RsaSecurityKey Rsa(string id, OidcKeyUse use)
    {
        var pkcs8 = secrets.GetOrCreate(id, use, () =>
        {
            using var fresh = RSA.Create(2048);
            return fresh.ExportPkcs8PrivateKey();
        });
        var rsa = RSA.Create();
        rsa.ImportPkcs8PrivateKey(pkcs8, out _);
        return new RsaSecurityKey(rsa) { KeyId = id };
    }
}
