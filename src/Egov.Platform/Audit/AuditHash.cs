using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Egov.Platform.Audit;

/// <summary>
/// The chain's hash: SHA-256 over every field, each length-prefixed so that moving text from one field to
/// the next changes the hash. Changing this function invalidates every stored chain: don't.
/// </summary>
internal static class AuditHash
{
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    public static string Compute(AuditEntry e)
    {
        var text = new StringBuilder();
        Append(text, e.Sequence.ToString(CultureInfo.InvariantCulture));
        Append(text, e.At.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ss.fffffffZ", CultureInfo.InvariantCulture));
        Append(text, e.Actor);
        Append(text, e.OnBehalfOf);
        Append(text, e.Action);
        Append(text, e.Subject);
        Append(text, e.Purpose);
        Append(text, e.LegalBasis);
        Append(text, e.PreviousHash);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private static void Append(StringBuilder text, string? field) =>
        text.Append(field is null ? "-1" : field.Length.ToString(CultureInfo.InvariantCulture))
            .Append(':').Append(field).Append('|');
}
