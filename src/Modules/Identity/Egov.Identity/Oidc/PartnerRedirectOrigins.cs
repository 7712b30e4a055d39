using Egov.Platform.Web;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Abstractions;

namespace Egov.Identity.Oidc;

/// <summary>
/// The origins of registered partners' redirect and post-logout redirect URIs, so a person's browser may follow
/// sign-in, consent and the sign-out confirmation on to the partner under the platform's CSP. Read from the
/// database at most once a minute per host copy, and at once on the copy where an administrator changed a
/// partner (<see cref="Invalidate"/>).
/// </summary>
internal sealed class PartnerRedirectOrigins(IServiceScopeFactory scopes, TimeProvider time) : IFormActionSources
{
    private static readonly TimeSpan Freshness = TimeSpan.FromMinutes(1);
    private (IReadOnlyCollection<string> Origins, DateTimeOffset ReadAt)? cache;

    public void Invalidate() => cache = null;

    public async ValueTask<IReadOnlyCollection<string>> GetOriginsAsync(CancellationToken cancellationToken)
    {
        if (cache is { } cached && time.GetUtcNow() - cached.ReadAt < Freshness)
        {
            return cached.Origins;
        }

        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var applications = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
            var origins = new HashSet<string>(StringComparer.Ordinal);
            await foreach (var application in applications.ListAsync(cancellationToken: cancellationToken))
            {
                // Post-logout addresses too: the sign-out confirmation is a form whose answer redirects there.
                var redirects = await applications.GetRedirectUrisAsync(application, cancellationToken);
                var postLogout = await applications.GetPostLogoutRedirectUrisAsync(application, cancellationToken);
                foreach (var uri in redirects.Concat(postLogout))
                {
                    origins.Add(new Uri(uri).GetLeftPart(UriPartial.Authority));
                }
            }

            cache = (origins, time.GetUtcNow());
            return origins;
        }
#pragma warning disable CA1031 // A page (even an error page) must render while the database is down; it then allows no partner.
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
#pragma warning restore CA1031
        {
            return [];
        }
    }
}
