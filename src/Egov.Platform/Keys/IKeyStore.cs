namespace Egov.Platform.Keys;

/// <summary>
/// The platform's signing keys, one interface whatever holds them: the database, encrypted at rest with the
/// data-protection keys (the default), or an HSM in production. Every host copy and the CLI see the same keys.
/// </summary>
public interface IKeyStore
{
    /// <summary>The ring's current key; the ring's first key (and the CA's, for its certificate) is created on first use.</summary>
    Task<SigningKey> GetCurrentAsync(KeyRing ring, CancellationToken cancellationToken = default);

    /// <summary>Every key of the ring that verifiers must still trust, newest first.</summary>
    Task<IReadOnlyList<PublishedKey>> GetPublishedAsync(KeyRing ring, CancellationToken cancellationToken = default);

    /// <summary>
    /// Makes a new key current; the previous ones stay published. Rotating the CA makes later keys of the other
    /// rings chain to the new CA.
    /// </summary>
    Task<PublishedKey> RotateAsync(KeyRing ring, CancellationToken cancellationToken = default);
}
