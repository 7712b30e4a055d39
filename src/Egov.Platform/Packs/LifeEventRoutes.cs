namespace Egov.Platform.Packs;

/// <summary>
/// Who is told of a life event, service by service (<c>life-events.yaml</c>): the agencies a move is reported to, and
/// those a family member's inquiry after a death reaches. Empty lists when the pack has no such file.
/// </summary>
/// <param name="Moving">Told of a new address.</param>
/// <param name="Bereavement">Asked, after a death, what the deceased held and received.</param>
public sealed record LifeEventRoutes(IReadOnlyList<LifeEventRoute> Moving, IReadOnlyList<LifeEventRoute> Bereavement)
{
    /// <summary>A pack without <c>life-events.yaml</c>: nobody is told.</summary>
    public static LifeEventRoutes None { get; } = new([], []);
}

/// <summary>One service an agency runs that must hear of the life event.</summary>
/// <param name="Service">Stable code (<c>health-insurance</c>).</param>
/// <param name="Agency">A code of the agency table, or <see cref="RegionAgency"/> for the local government of the person's region.</param>
/// <param name="When">A condition over the person in the benefit rules' syntax (<c>AgeYears &gt;= 6</c>), or null for everyone.</param>
/// <param name="Names">What people read, per language.</param>
/// <param name="Line">The entry's line in the file.</param>
public sealed record LifeEventRoute(string Service, string Agency, string? When, IReadOnlyDictionary<string, string> Names, long Line)
{
    /// <summary>The agency value that means "the local government of the person's region".</summary>
    public const string RegionAgency = "region";

    /// <summary>The file the routes are read from.</summary>
    public const string File = "life-events.yaml";
}
