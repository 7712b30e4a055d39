using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;

namespace Egov.Identity.Domain;

/// <summary>
/// Time-based one-time passwords (RFC 6238: HMAC-SHA1, 30-second steps, 6 digits), the parameters every
/// authenticator app supports.
/// </summary>
internal static class Totp
{
    public const int Digits = 6;
    public static readonly TimeSpan Step = TimeSpan.FromSeconds(30);

    public static long StepAt(DateTimeOffset time) => time.ToUnixTimeSeconds() / (long)Step.TotalSeconds;

    public static string Code(byte[] key, long step)
    {
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, step);
        Span<byte> hash = stackalloc byte[20];
#pragma warning disable CA5350 // RFC 6238's default, which every authenticator app supports; HMAC-SHA1 remains sound as a PRF.
        HMACSHA1.HashData(key, counter, hash);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0F;
        var binary = BinaryPrimitives.ReadInt32BigEndian(hash[offset..]) & 0x7FFF_FFFF;
        return (binary % 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The step a code belongs to, accepting one step either side for clock drift, or null. Compared in
    /// constant time so response timing tells nothing about how close a guess was.
    /// </summary>
    public static long? MatchingStep(byte[] key, string code, DateTimeOffset now)
    {
        var current = StepAt(now);
        long? match = null;
        for (var step = current - 1; step <= current + 1; step++)
        {
            if (CryptographicOperations.FixedTimeEquals(System.Text.Encoding.ASCII.GetBytes(Code(key, step)), System.Text.Encoding.ASCII.GetBytes(code)))
            {
                match = step;
            }
        }

        return match;
    }
}
