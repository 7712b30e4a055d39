using Egov.Identity.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Validation.AspNetCore;

namespace Egov.Identity.StepUp;

/// <summary>
/// What happens when only the assurance level is missing: a person is stepped up instead of shown 403; an API
/// caller gets 403 problem details naming the level, with the OAuth step-up challenge of RFC 9470 so its
/// client knows to send the person back through <c>/connect/authorize</c> with <c>acr_values</c>. Any other
/// failure (a missing role, say) keeps the usual answer, whatever the level.
/// </summary>
internal sealed class AssuranceChallenge(StepUpRedirect stepUp) : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler fallback = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(authorizeResult);
        if (!authorizeResult.Forbidden || !policy.Requirements.OfType<Aal2Requirement>().Any())
        {
            await fallback.HandleAsync(next, context, policy, authorizeResult);
            return;
        }

        var bearer = policy.AuthenticationSchemes.Contains(OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme);
        var onlyTheLevelIsMissing = authorizeResult.AuthorizationFailure is { FailCalled: false } failure
            && failure.FailedRequirements.Any()
            && failure.FailedRequirements.All(r => r is Aal2Requirement);
        if (!onlyTheLevelIsMissing)
        {
            if (bearer)
            {
                await fallback.HandleAsync(next, context, policy, authorizeResult);
            }
            else
            {
                // The cookie's forbid would redirect to the error page's address; the person gets the 403 page
                // (status-code re-execution, in their language) at the address they asked for instead.
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
            }

            return;
        }

        if (bearer)
        {
            await InsufficientUserAuthenticationAsync(context);
            return;
        }

        var accounts = context.RequestServices.GetRequiredService<UserManager<Domain.Account>>();
        var account = await accounts.GetUserAsync(context.User);
        if (account is null)
        {
            await fallback.HandleAsync(next, context, policy, PolicyAuthorizationResult.Challenge());
            return;
        }

        // Only this request's own path and query: the step-up never sends anyone off the platform.
        var returnUrl = context.Request.PathBase + context.Request.Path + context.Request.QueryString;
        context.Response.Redirect(await stepUp.BeginAsync(context, account, returnUrl));
    }

    private static async Task InsufficientUserAuthenticationAsync(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        context.Response.Headers.WWWAuthenticate =
            $"Bearer error=\"insufficient_user_authentication\", error_description=\"A higher authentication level is required\", acr_values=\"{AssuranceLevels.Aal2}\"";
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails =
            {
                Status = StatusCodes.Status403Forbidden,
                Title = "Insufficient user authentication",
                Detail = $"This endpoint needs a session at {AssuranceLevels.Aal2}: send the person through the authorization endpoint with acr_values={AssuranceLevels.Aal2}.",
                Extensions = { ["acr_values"] = AssuranceLevels.Aal2 },
            },
        });
    }
}
