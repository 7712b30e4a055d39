namespace Egov.Platform.Web;

/// <summary>
/// Origins outside the platform that a form on its pages may lead to. Browsers apply the CSP's
/// <c>form-action</c> to every redirect after a form post, so signing in for a partner app (sign-in form →
/// authorization → the partner's callback) is blocked unless the partner's origin is listed. Modules that
/// send people on (Identity: registered partners' redirect URIs) provide them; nothing else is allowed.
/// </summary>
public interface IFormActionSources
{
    /// <summary>Origins such as <c>https://bank.example</c>; called for HTML responses, so cache.</summary>
    ValueTask<IReadOnlyCollection<string>> GetOriginsAsync(CancellationToken cancellationToken);
}
