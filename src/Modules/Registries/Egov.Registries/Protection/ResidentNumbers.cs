using System.Security.Cryptography;
using System.Text;

namespace Egov.Registries.Protection;

/// <summary>
/// Resident numbers at rest: AES-256-GCM with a random nonce (the same number encrypts differently each time, so
/// the cipher text gives nothing away), and an HMAC-SHA256 of the normalised number under a second key for
/// lookups (an unkeyed hash of a 13-digit number with a birth date inside is reversed by trying them all).
/// Thread-safe; one instance per process.
/// </summary>
internal sealed class ResidentNumbers : IDisposable
{
    private const int NonceSize = 12;
    private const int TagSize = 16;

    // One cipher and one keyed hash per thread: setting up either costs more than using it on 13 digits (an import
    // of a million residents spent most of its time there), and neither may be shared between threads.
    private readonly ThreadLocal<AesGcm> ciphers;
    private readonly ThreadLocal<IncrementalHash> hashes;

    // Nonces come from the system's random generator in blocks: each call to it costs a few microseconds whatever
    // its length, more than the encryption itself, and every nonce stays a fresh random one.
    private readonly ThreadLocal<RandomBlock> nonces = new(() => new RandomBlock(NonceSize * 1024));

    public ResidentNumbers(RegisterKeys keys)
    {
        ciphers = new(() => new AesGcm(keys.Encryption, TagSize), trackAllValues: true);
        hashes = new(() => IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, keys.Lookup), trackAllValues: true);
    }

    public byte[] Encrypt(string normalized)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        var plain = Encoding.UTF8.GetBytes(normalized);
        var sealedBox = new byte[NonceSize + plain.Length + TagSize];
        var nonce = sealedBox.AsSpan(0, NonceSize);
        nonces.Value!.Take(nonce);
        ciphers.Value!.Encrypt(nonce, plain, sealedBox.AsSpan(NonceSize, plain.Length), sealedBox.AsSpan(NonceSize + plain.Length, TagSize));
        return sealedBox;
    }

    public string Decrypt(byte[] sealedBox)
    {
        ArgumentNullException.ThrowIfNull(sealedBox);
        var length = sealedBox.Length - NonceSize - TagSize;
        var plain = new byte[length];
        ciphers.Value!.Decrypt(sealedBox.AsSpan(0, NonceSize), sealedBox.AsSpan(NonceSize, length), sealedBox.AsSpan(NonceSize + length, TagSize), plain);
        return Encoding.UTF8.GetString(plain);
    }

    public byte[] Hash(string normalized)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        var hash = hashes.Value!;
        hash.AppendData(Encoding.UTF8.GetBytes(normalized));
        return hash.GetHashAndReset();
    }

    public void Dispose()
    {
        foreach (var cipher in ciphers.Values)
        {
            cipher.Dispose();
        }

        foreach (var hash in hashes.Values)
        {
            hash.Dispose();
        }

        ciphers.Dispose();
        hashes.Dispose();
        nonces.Dispose();
    }

    /// <summary>Random bytes drawn a block at a time and handed out once each.</summary>
    private sealed class RandomBlock(int size)
    {
        private readonly byte[] block = new byte[size];
        private int used = size;

        public void Take(Span<byte> destination)
        {
            if (used + destination.Length > block.Length)
            {
                RandomNumberGenerator.Fill(block);
                used = 0;
            }

            block.AsSpan(used, destination.Length).CopyTo(destination);
            block.AsSpan(used, destination.Length).Clear();
            used += destination.Length;
        }
    }
}
