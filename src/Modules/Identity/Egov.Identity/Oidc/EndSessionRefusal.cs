using Microsoft.AspNetCore;
using OpenIddict.Server;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Egov.Identity.Oidc;

/// <summary>
/// A sign-out request OpenIddict refused with nowhere to send the answer (an unregistered
/// <c>post_logout_redirect_uri</c>, a forged hint) would otherwise be a line of plain text: the person is shown
/// a page in their language instead, which says they are still signed in. The reason is one of two fixed words,
/// never the request's text, so the page cannot be made to say anything else.
/// </summary>
internal sealed class EndSessionRefusal : IOpenIddictServerHandler<ApplyEndSessionResponseContext>
{
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<ApplyEndSessionResponseContext>()
            .UseSingletonHandler<EndSessionRefusal>()
            .SetOrder(OpenIddictServerAspNetCoreHandlers.ProcessLocalErrorResponse<ApplyEndSessionResponseContext>.Descriptor.Order - 1)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public ValueTask HandleAsync(ApplyEndSessionResponseContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (string.IsNullOrEmpty(context.Error) || !string.IsNullOrEmpty(context.PostLogoutRedirectUri))
        {
            return ValueTask.CompletedTask;
        }

        var http = context.Transaction.GetHttpRequest()?.HttpContext
            ?? throw new InvalidOperationException("The end-session response has no HTTP context.");
        var reason = context.Request?.PostLogoutRedirectUri is not null
            && context.Response.ErrorDescription?.Contains("post_logout_redirect_uri", StringComparison.Ordinal) == true
            ? "address"
            : "request";
        http.Response.Redirect($"{http.Request.PathBase}/connect/endsession/refused?reason={reason}");
        context.HandleRequest();
        return ValueTask.CompletedTask;
    }
}
