namespace Egov.Platform.Packs.Demo;

/// <summary>
/// Fictitious residents, companies and officials from the pack's optional <c>demo/</c> folder: they back
/// the registers and seed accounts until real registers are connected. Validated with the rest of the pack.
/// </summary>
public sealed class PackDemo
{
    /// <summary>Residents in file order.</summary>
    public required IReadOnlyList<DemoPerson> People { get; init; }

    /// <summary>Companies in file order.</summary>
    public required IReadOnlyList<DemoCompany> Companies { get; init; }

    /// <summary>Officials in file order.</summary>
    public required IReadOnlyList<DemoOfficial> Officials { get; init; }

    /// <summary>The agencies' departments (<c>demo/org.yaml</c>), parents before children.</summary>
    public IReadOnlyList<DemoDepartment> Departments { get; init; } = [];

    /// <summary>Households with their addresses and members.</summary>
    public IReadOnlyList<DemoHousehold> Households { get; init; } = [];

    /// <summary>Marriages, current and ended.</summary>
    public IReadOnlyList<DemoMarriage> Marriages { get; init; } = [];

    /// <summary>Parcels of land with their buildings, owners and mortgages.</summary>
    public IReadOnlyList<DemoParcel> Parcels { get; init; } = [];

    /// <summary>The generated population seeded beside the named people; null when the pack asks for none.</summary>
    public DemoPopulation? Population { get; init; }

    /// <summary>Inspection plans (<c>demo/field.yaml</c>), each assigning the buildings it covers to its inspectors.</summary>
    public IReadOnlyList<DemoInspectionPlan> InspectionPlans { get; init; } = [];
}

/// <summary>A demo inspection plan: every building of one use in a region, inspected this year.</summary>
/// <param name="Key">Pack-unique key; the plan's id derives from it.</param>
/// <param name="Agency">The agency that inspects.</param>
/// <param name="Template">A template code of <c>field.yaml</c>.</param>
/// <param name="Region">The region covered (and every region below it).</param>
/// <param name="Use">The building use covered.</param>
/// <param name="DueInDays">Days from seeding to the assignments' due date.</param>
/// <param name="Inspectors">Employee numbers of demo officials of the agency, assigned in turn.</param>
public sealed record DemoInspectionPlan(string Key, string Agency, string Template, string Region, string Use, int DueInDays, IReadOnlyList<string> Inspectors);

/// <summary>
/// A population generated from the pack's population settings (<c>demo/population.yaml</c>); the same three
/// values always give the same residents.
/// </summary>
/// <param name="Size">Living residents (the dead and the emigrated come on top).</param>
/// <param name="Seed">Seed of the generator.</param>
/// <param name="AsOf">The reference date: everyone is born, moves and dies before it.</param>
public sealed record DemoPopulation(int Size, long Seed, DateOnly AsOf);

/// <summary>One fictitious resident.</summary>
/// <param name="Key">Pack-unique local key the other demo files refer to (<c>kim-minjun</c>).</param>
/// <param name="Identifier">Person identifier, normalised (separators removed) and valid under the pack's format.</param>
/// <param name="Name">Name in the pack's default script.</param>
/// <param name="LatinName">Name in Latin letters, when given.</param>
/// <param name="BirthDate">Date of birth, consistent with the identifier.</param>
/// <param name="Sex">Sex, consistent with the identifier.</param>
/// <param name="Phone">Mobile phone in E.164, when given.</param>
/// <param name="Parents">Keys of the person's parents.</param>
/// <param name="Died">Date of death; null while alive.</param>
public sealed record DemoPerson(
    string Key,
    string Identifier,
    string Name,
    string? LatinName,
    DateOnly BirthDate,
    Sex Sex,
    string? Phone,
    IReadOnlyList<string> Parents,
    DateOnly? Died)
{
    public bool IsAlive => Died is null;
}

/// <summary>One fictitious company.</summary>
/// <param name="Key">Pack-unique local key.</param>
/// <param name="BusinessNumber">Business identifier, normalised and valid under the pack's format.</param>
/// <param name="Name">Registered name.</param>
/// <param name="Representatives">Keys of the people who represent it.</param>
/// <param name="Closed">Date the business closed; null while active.</param>
public sealed record DemoCompany(string Key, string BusinessNumber, string Name, IReadOnlyList<string> Representatives, DateOnly? Closed)
{
    public bool IsActive => Closed is null;
}

/// <summary>One official to seed as an account and, when placed, in the organisation.</summary>
/// <param name="Person">Key of the person when the official is also a demo resident; null for an official known only by name.</param>
/// <param name="EmployeeNumber">Pack-unique employee number.</param>
/// <param name="Agency">Code of an agency of the pack.</param>
/// <param name="Roles">What the account may do (<c>official</c>, <c>approver</c>, <c>identity-admin</c>).</param>
public sealed record DemoOfficial(string? Person, string EmployeeNumber, string Agency, IReadOnlyList<string> Roles)
{
    /// <summary>The official's name when they are not a demo resident (<see cref="Person"/> is null).</summary>
    public string? Name { get; init; }

    /// <summary>Where they serve: a department code of their agency in <c>demo/org.yaml</c>; null when not placed.</summary>
    public string? Department { get; init; }

    /// <summary>Their post (a code of <c>org.yaml</c>'s posts); set whenever <see cref="Department"/> is.</summary>
    public string? Post { get; init; }

    /// <summary>Their grade (a code of <c>org.yaml</c>'s grades); set whenever <see cref="Department"/> is.</summary>
    public string? Grade { get; init; }
}

/// <summary>One department of an agency's demo organisation.</summary>
/// <param name="Agency">Code of an agency of the pack.</param>
/// <param name="Code">Short code, unique in the agency.</param>
/// <param name="Parent">The code of the department above it, or null for the agency's root.</param>
/// <param name="Names">Its name per language.</param>
/// <param name="HeadPost">The post that heads it (a code of <c>org.yaml</c>'s posts).</param>
public sealed record DemoDepartment(string Agency, string Code, string? Parent, IReadOnlyDictionary<string, string> Names, string HeadPost);
