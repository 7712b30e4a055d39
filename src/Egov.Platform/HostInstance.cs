namespace Egov.Platform;

/// <summary>Names this host copy in leases, so operators can see which copy holds what.</summary>
public sealed class HostInstance
{
    public string Id { get; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..8]}";
}
