namespace Egov.Identity.Contracts;

/// <summary>Roles an official's account carries (granted from the pack's officials, see <c>demo/officials.yaml</c>).</summary>
public static class OfficialRoles
{
    /// <summary>Every official: may open the officials' pages, each of which may ask for more.</summary>
    public const string Official = "official";

    /// <summary>May record life events in the registers (births, deaths, moves, marriages…), beyond reading them.</summary>
    public const string Registrar = "registrar";

    /// <summary>Maintains the organisation: departments, officials' records (appointment, transfer, leave) and delegation tables.</summary>
    public const string OrgAdmin = "org-admin";

    /// <summary>
    /// Decides the cases routed to the official's own agency (benefit applications, moving notices, bereavement
    /// inquiries): grants or refuses them. Never another agency's.
    /// </summary>
    public const string CaseOfficer = "case-officer";

    /// <summary>Keeps the agency's records: receives documents dispatched to it, assigns them to a department, registers them.</summary>
    public const string RecordsOfficer = "records-officer";

    /// <summary>Carries out the field inspections assigned to them: downloads their rounds and uploads the results.</summary>
    public const string Inspector = "inspector";

    /// <summary>Plans the agency's field inspections, assigns them to its inspectors and follows findings and orders.</summary>
    public const string InspectionManager = "inspection-manager";
}
