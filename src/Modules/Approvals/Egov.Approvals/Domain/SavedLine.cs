namespace Egov.Approvals.Domain;

/// <summary>An approval line an official saved under a name to use again (개인 결재선).</summary>
internal sealed class SavedLine
{
    private SavedLine()
    {
    }

    public Guid Id { get; private set; }

    public string OwnerNumber { get; private set; } = "";

    public string Name { get; private set; } = "";

    /// <summary>What the official picks on top of the proposed line, as JSON: co-approving departments, parallel or not, carbon copies.</summary>
    public string Choices { get; private set; } = "{}";

    public DateTime CreatedAt { get; private set; }

    public static SavedLine Create(string owner, string name, string choices, DateTime at) => new()
    {
        Id = Guid.CreateVersion7(at),
        OwnerNumber = owner,
        Name = name,
        Choices = choices,
        CreatedAt = at,
    };
}
