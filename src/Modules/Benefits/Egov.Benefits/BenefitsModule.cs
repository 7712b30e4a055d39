using Egov.Benefits.Api;
using Egov.Benefits.Applications;
using Egov.Benefits.Cases;
using Egov.Benefits.Contracts;
using Egov.Benefits.Data;
using Egov.Benefits.Eligibility;
using Egov.Benefits.Facts;
using Egov.Benefits.LifeEvents;
using Egov.Benefits.Notices;
using Egov.Benefits.Offers;
using Egov.Benefits.Population;
using Egov.Benefits.Sweep;
using Egov.Benefits.WhatIf;
using Egov.Platform.Events;
using Egov.Platform;
using Egov.Platform.Jobs;
using Egov.Platform.Persistence;
using Egov.Registries.Contracts;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Egov.Benefits;

/// <summary>Registers the benefits: the pack's rules compiled at start-up, declared facts, eligibility and the population run.</summary>
public static class BenefitsModule
{
    /// <summary>Adds the module; needs the pack and the Registries module registered first.</summary>
    public static IServiceCollection AddBenefitsModule(this IServiceCollection services, DatabaseSettings database)
    {
        services.AddModuleDbContext<BenefitsDbContext, BenefitsSqliteDbContext, BenefitsPostgresDbContext>(database);
        services.AddSingleton<BenefitRules>();
        services.AddScoped<FactStore>();
        services.AddScoped<PersonContexts>();
        services.AddScoped<IBenefitEligibility, EligibilityService>();
        services.AddScoped<ProactiveOffers>();
        services.AddScoped<PersonNotices>();
        services.AddScoped<OfferNotices>();
        services.AddScoped<CaseNotices>();
        services.AddScoped<AgencyQueue>();
        services.AddSingleton<LifeEventRouting>();
        services.AddScoped<MovingBundle>();
        services.AddScoped<BereavementInquiries>();
        services.AddIntegrationEventHandler<AddressChanged, MovingNotices, BenefitsDbContext>();
        services.AddIntegrationEventHandler<PersonDied, BereavementStops, BenefitsDbContext>();
        services.AddScoped<BenefitApplications>();
        services.AddIntegrationEventHandler<ChildBorn, BirthOffers, BenefitsDbContext>();
        services.AddRecurringJob<OfferRequestRunner>();
        services.AddSingleton<AgeThresholds>();
        services.AddScoped<AgeThresholdSweep>();
        services.AddRecurringJob<AgeSweepRunner>();
        services.AddScoped<WhatIfSimulation>();
        services.AddRecurringJob<WhatIfRunner>();
        services.AddScoped<PopulationContexts>();
        services.AddScoped<IPopulationEvaluation, PopulationEvaluation>();
        services.AddHostedService<BenefitRulesStartupCheck>();
        return services;
    }

    /// <summary>Maps the public catalog API (<c>/api/v1/benefits</c>); the pages are found by Razor Pages.</summary>
    public static IEndpointRouteBuilder MapBenefitsModule(this IEndpointRouteBuilder endpoints)
    {
        BenefitsApi.Map(endpoints);
        return endpoints;
    }
}

/// <summary>Compiles the rules when the host starts, so a rule that does not compile stops it with file and line, not a later request.</summary>
internal sealed class BenefitRulesStartupCheck(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = services.GetRequiredService<BenefitRules>();
        _ = services.GetRequiredService<LifeEventRouting>();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
