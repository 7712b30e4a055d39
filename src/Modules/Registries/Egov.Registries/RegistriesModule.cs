using Egov.Platform.Persistence;
using Egov.Registries.Contracts;
using Egov.Registries.Data;
using Egov.Registries.Demo;
using Egov.Registries.LifeEvents;
using Egov.Registries.MyData;
using Egov.Registries.Features.ExportRegisters;
using Egov.Registries.Features.ImportRegisters;
using Egov.Registries.Exchange;
using Egov.Registries.Queries;
using Egov.Registries.Protection;
using Egov.Registries.Situations;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Egov.Registries;

/// <summary>Registers the population, family, business and real-estate registers with the host.</summary>
public static class RegistriesModule
{
    /// <summary>
    /// Adds the registers' database and <see cref="IResidentDirectory"/> (scoped, as it writes to the scoped
    /// audit log), and the once-only exchange; needs the pack registered first (<c>AddCountryPack</c>). Register it
    /// before the modules whose demo data refers to residents: its seeders write the pack's demo people first, then
    /// the generated demo population (<c>Registries:DemoPopulation:Size</c> overrides the pack's size; 0 seeds none).
    /// </summary>
    public static IServiceCollection AddRegistriesModule(this IServiceCollection services, DatabaseSettings database)
    {
        services.AddModuleDbContext<RegistriesDbContext, RegistriesSqliteDbContext, RegistriesPostgresDbContext>(database);
        services.AddSingleton<RegisterKeys>();
        services.AddSingleton<ResidentNumbers>();
        services.AddScoped<ResidentsByNumber>();
        services.AddScoped<IResidentDirectory, ResidentDirectory>();
        services.AddSingleton<ExtractPeople>();
        services.AddScoped<PropertyExtracts>();
        services.AddScoped<CompanyExtracts>();
        services.AddScoped<IRegisterExtracts, RegisterExtracts>();
        services.AddScoped<IBuildingRegister, BuildingRegister>();
        services.AddScoped<IPersonSituations, PersonSituations>();
        services.AddScoped<LifeEventRecorder>();
        services.AddScoped<RegisterChanges>();
        services.AddSingleton<NumberSerials>(ResidentNumberIssuer.RandomSerial);
        services.AddScoped<ResidentNumberIssuer>();
        services.AddScoped<BirthRegistration>();
        services.AddScoped<ResidentRecords>();
        services.AddSingleton<PackNames>();
        services.AddScoped<IDataSeeder, DemoRegisterSeeder>();
        services.AddOptions<DemoPopulationOptions>().BindConfiguration(DemoPopulationOptions.Section)
            .Validate(o => o.Size is null or >= 0, $"{DemoPopulationOptions.Section}:Size must be 0 or more").ValidateOnStart();
        services.AddScoped<IDataSeeder, DemoPopulationSeeder>();
        services.AddScoped<MyRegisterReader>();
        services.AddScoped<DataAccessLog>();
        services.AddScoped<RegisterImporter>();
        services.AddScoped<RegisterExporter>();
        services.AddScoped<IRegisterFiles, RegisterFiles>();
        services.AddScoped<ExchangeFields>();
        services.AddScoped<ExchangeLog>();
        services.AddScoped<ResidentQuery>();
        services.AddScoped<LifeEventFeed>();
        services.AddScoped<ExchangeConsents>();
        services.AddScoped<ExchangeGrants>();
        services.AddScoped<IDataSeeder, DemoExchangeSeeder>();
        services.AddHostedService<ExchangeStartupCheck>();
        return services;
    }

    /// <summary>Maps the exchange API and the change feed (<c>/api/v1/registries</c>); the pages are found by Razor Pages.</summary>
    public static IEndpointRouteBuilder MapRegistriesModule(this IEndpointRouteBuilder endpoints)
    {
        ExchangeApi.Map(endpoints);
        return endpoints;
    }
}
