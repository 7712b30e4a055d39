namespace Egov.Collaboration;

/// <summary>Settings of the Collaboration module (section <c>Modules:Collaboration</c>; see docs/collaboration.md).</summary>
internal sealed class CollaborationOptions
{
    public const string Section = "Modules:Collaboration";

    /// <summary>
    /// How long after posting the author may correct a comment. Short on purpose: once others have read and answered
    /// it, a changed comment would change the meaning of the thread (the earlier text stays visible either way).
    /// </summary>
    public TimeSpan EditWindow { get; set; } = TimeSpan.FromMinutes(15);
}
