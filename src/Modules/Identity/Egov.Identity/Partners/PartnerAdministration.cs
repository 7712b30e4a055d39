namespace Egov.Identity.Partners;

/// <summary>Who may administer partner clients: officials with this role, at AAL2 (both checked on every page).</summary>
internal static class PartnerAdministration
{
    public const string Role = "identity-admin";
}
