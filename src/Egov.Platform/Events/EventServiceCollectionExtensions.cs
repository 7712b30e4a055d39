using Egov.Platform.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Egov.Platform.Events;

/// <summary>Subscribes handlers to integration events; the outbox dispatcher delivers to them.</summary>
public static class EventServiceCollectionExtensions
{
    /// <summary>
    /// Subscribes <typeparamref name="THandler"/> to <typeparamref name="TEvent"/>. The handler stores its
    /// work through <typeparamref name="TContext"/>, its own module's context, whose inbox makes it exactly-once.
    /// </summary>
    public static IServiceCollection AddIntegrationEventHandler<TEvent, THandler, TContext>(this IServiceCollection services)
        where TEvent : IIntegrationEvent
        where THandler : class, IIntegrationEventHandler<TEvent>
        where TContext : DbContext, IModuleDbContext
    {
        services.TryAddScoped<THandler>();
        services.AddSingleton(new IntegrationEventHandlerRegistration(
            typeof(TEvent).FullName!,
            typeof(THandler).FullName!,
            IntegrationEventHandlerInvoker.InvokeAsync<TEvent, THandler, TContext>));
        return services;
    }
}
