using Egov.Identity.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace Egov.Identity.StepUp;

/// <summary>The AAL2 policy any module may name, and the step-up that answers it.</summary>
internal static class AssuranceServices
{
    public static IServiceCollection AddAssuranceLevels(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder()
            .AddPolicy(AssuranceLevels.Aal2Policy, p => p.RequireAuthenticatedUser().AddRequirements(new Aal2Requirement()));
        services.AddSingleton<IAuthorizationHandler, Aal2Handler>();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, AssuranceChallenge>();
        services.AddSingleton<StepUpRedirect>();
        return services;
    }
}
