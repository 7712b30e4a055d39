using Microsoft.AspNetCore.SignalR;

namespace Egov.Platform.Web;

/// <summary>
/// Ends quietly the hub work of a connection that closed while it ran (a page left while its live panel was joining):
/// its cancellation is not a failure, and SignalR would otherwise log it as a failed invocation. Every hub of every
/// module gets it.
/// </summary>
internal sealed class ClosedConnectionHubFilter : IHubFilter
{
    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        ArgumentNullException.ThrowIfNull(invocationContext);
        ArgumentNullException.ThrowIfNull(next);
        try
        {
            return await next(invocationContext);
        }
        catch (OperationCanceledException) when (invocationContext.Context.ConnectionAborted.IsCancellationRequested)
        {
            return null;
        }
    }

    public async Task OnConnectedAsync(HubLifetimeContext context, Func<HubLifetimeContext, Task> next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        try
        {
            await next(context);
        }
        catch (OperationCanceledException) when (context.Context.ConnectionAborted.IsCancellationRequested)
        {
        }
    }
}
