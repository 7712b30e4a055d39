using Egov.Registries.Contracts;
using Egov.Registries.Demo;
using Microsoft.Extensions.DependencyInjection;

namespace Egov.Registries;

/// <summary>Registers the population and business registers with the host.</summary>
public static class RegistriesModule
{
    /// <summary>
    /// Adds <see cref="IResidentDirectory"/> (scoped, as it writes to the scoped audit log), backed for now by
    /// the country pack's demo data; needs the pack registered first (<c>AddCountryPack</c>).
    /// </summary>
    public static IServiceCollection AddRegistriesModule(this IServiceCollection services)
    {
        services.AddSingleton<DemoRegister>();
        services.AddScoped<IResidentDirectory, DemoResidentDirectory>();
        return services;
    }
}
