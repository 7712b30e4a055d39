using Egov.Identity.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Egov.Registries.MyData;

/// <summary>Why a signed-in person has no register data of their own to see here.</summary>
internal enum NoResidentReason
{
    /// <summary>An official's account: bound to a post, not to a person of the register.</summary>
    Official,

    /// <summary>An account whose holder has not proved who they are yet.</summary>
    NotProofed,

    /// <summary>Acting for a company: it has register entries, but not a person's.</summary>
    ActingForCompany,
}

/// <summary>
/// A page about the person the session concerns: the signed-in resident, or the person they act for. Whose data
/// it is comes only from the session and the acting context, never from the address or a form, so no one can
/// ask for someone else's page by changing a number in a link.
/// </summary>
[Authorize]
internal abstract class CitizenPageModel(IActingContext acting) : PageModel
{
    /// <summary>Why there is nothing to show, or null when <see cref="Person"/> is set.</summary>
    public NoResidentReason? NoResident { get; private set; }

    /// <summary>The person whose data the page shows.</summary>
    public Party? Person { get; private set; }

    /// <summary>True when the signed-in person acts for <see cref="Person"/>.</summary>
    public bool OnBehalf => acting.IsActingOnBehalf;

    /// <summary>The audit actor for the signed-in account, as Identity's own entries write it.</summary>
    protected string ActorReference => $"account:{acting.Actor!.AccountId}";

    /// <summary>Settles <see cref="Person"/> or <see cref="NoResident"/>; true when there is a person.</summary>
    protected bool ResolvePerson()
    {
        var subject = acting.Subject;
        if (subject is { Kind: PartyKind.Resident })
        {
            Person = subject;
            return true;
        }

        NoResident = subject is { Kind: PartyKind.Company } ? NoResidentReason.ActingForCompany
            : acting.Actor is { IsOfficial: true } ? NoResidentReason.Official
            : NoResidentReason.NotProofed;
        return false;
    }
}
