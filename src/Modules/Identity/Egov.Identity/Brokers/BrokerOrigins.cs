using Egov.Platform.Packs;
using Egov.Platform.Web;

namespace Egov.Identity.Brokers;

/// <summary>The providers' origins: the sign-in page's provider buttons post a form that redirects there.</summary>
internal sealed class BrokerOrigins(CountryPack pack) : IFormActionSources
{
    private readonly IReadOnlyCollection<string> origins =
        [.. pack.BrokeredProviders.Select(p => p.Authority.GetLeftPart(UriPartial.Authority)).Distinct(StringComparer.Ordinal)];

    public ValueTask<IReadOnlyCollection<string>> GetOriginsAsync(CancellationToken cancellationToken) => ValueTask.FromResult(origins);
}
