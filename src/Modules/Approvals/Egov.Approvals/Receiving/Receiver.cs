using System.Security.Claims;
using Egov.Approvals.Domain;
using Egov.Identity.Contracts;
using Egov.Org.Contracts;

namespace Egov.Approvals.Receiving;

/// <summary>
/// An official at a receiving agency, as the rules of receiving see them: the agency's records officer sees every
/// document dispatched to it and hands them out; any other official sees only those handed to their department,
/// which they may register.
/// </summary>
/// <param name="Card">Who they are in the organisation.</param>
/// <param name="IsRecordsOfficer">True when their account holds the records-officer role.</param>
internal sealed record Receiver(OfficialCard Card, bool IsRecordsOfficer)
{
    public Official Official => new(Card.EmployeeNumber, Card.Name);

    /// <summary>The signed-in official as a receiver, or null when their account is not in the organisation.</summary>
    public static async Task<Receiver?> OfAsync(ClaimsPrincipal user, IOrgDirectory org, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(org);
        return user.Identity?.Name is { Length: > 0 } number && await org.FindOfficialAsync(number, cancellationToken) is { } card
            ? new Receiver(card, user.IsInRole(OfficialRoles.RecordsOfficer))
            : null;
    }

    /// <summary>
    /// An approved document of their own agency is a record they may read even when not on its line: the records
    /// officer any of the agency's, others their own department's.
    /// </summary>
    public bool MayReadRecord(ApprovalDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.Status == DocumentStatus.Approved && document.AgencyCode == Card.AgencyCode
            && (IsRecordsOfficer || document.DepartmentId == Card.DepartmentId);
    }

    public bool MayRead(Dispatch dispatch)
    {
        ArgumentNullException.ThrowIfNull(dispatch);
        return dispatch.ToAgencyCode == Card.AgencyCode && (IsRecordsOfficer || dispatch.DepartmentId == Card.DepartmentId);
    }

    public bool MayAssign(Dispatch dispatch) => IsRecordsOfficer && MayRead(dispatch);

    public bool MayRegister(Dispatch dispatch) =>
        MayRead(dispatch) && dispatch.DepartmentId == Card.DepartmentId && Card.Status == OfficialStatus.Serving;
}
