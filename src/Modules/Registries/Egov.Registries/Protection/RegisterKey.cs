namespace Egov.Registries.Protection;

/// <summary>A key of the register (for identifiers: encryption and lookup), stored wrapped by the platform's data protection.</summary>
internal sealed class RegisterKey
{
    public required string Id { get; set; }

    public required string ProtectedKey { get; set; }

    public DateTime CreatedAt { get; set; }
}
