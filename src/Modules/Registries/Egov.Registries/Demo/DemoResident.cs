using Egov.Platform.Packs.Demo;
using Egov.Registries.Contracts;

namespace Egov.Registries.Demo;

/// <summary>A demo person with their register id and their parents' ids resolved.</summary>
internal sealed record DemoResident(ResidentId Id, DemoPerson Person, IReadOnlyList<ResidentId> Parents)
{
    public ResidentSummary Summary => new(Id, Person.Name, Person.LatinName, Person.BirthDate, Person.IsAlive);
}
