using System.Security.Cryptography;
using System.Text;

namespace Egov.Registries.Domain;

/// <summary>
/// Deterministic ids for records that come from files (pack demo data): the same pack, kind and key always
/// give the same id, so ids held by other modules survive restarts and every host copy agrees on them.
/// </summary>
internal static class StableId
{
    public static Guid For(string packCode, string kind, string key)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"egov-registries/{packCode}/{kind}/{key}"));
        var bytes = hash.AsSpan(0, 16);
        // RFC 9562 version 8 (custom) with the RFC variant bits, so the value is a well-formed UUID.
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x80);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }
}
