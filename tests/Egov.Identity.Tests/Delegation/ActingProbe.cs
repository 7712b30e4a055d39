using System.Net.Http.Json;
using System.Text.Json;
using Egov.Identity.Contracts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Egov.Identity.Tests.Delegation;

/// <summary>
/// Stands in for another module: <c>/test/acting?service=…</c> authenticates the request the way the host
/// does (so the per-request re-check runs) and answers what <see cref="IActingContext"/> says.
/// </summary>
internal sealed class ActingProbe : IStartupFilter
{
    public const string Path = "/test/acting";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Map(Path, probe => probe.Run(async http =>
        {
            var session = await http.AuthenticateAsync(IdentityConstants.ApplicationScheme);
            http.User = session.Principal ?? http.User;
            var acting = http.RequestServices.GetRequiredService<IActingContext>();
            var service = http.Request.Query["service"].ToString();
            await http.Response.WriteAsJsonAsync(new ActingAnswer(
                acting.Actor?.AccountId, acting.Subject?.Reference, acting.Kind?.ToString(), acting.IsActingOnBehalf, acting.Allows(service)));
        }));
        next(app);
    };
}

/// <summary>What the probe answers.</summary>
internal sealed record ActingAnswer(Guid? Actor, string? Subject, string? Kind, bool IsActingOnBehalf, bool Allows)
{
    public static async Task<ActingAnswer> OfAsync(PersonAtTheBrowser person, string service)
    {
        using var response = await person.GetAsync($"{ActingProbe.Path}?service={Uri.EscapeDataString(service)}");
        return (await response.Content.ReadFromJsonAsync<ActingAnswer>(JsonSerializerOptions.Web, TestContext.Current.CancellationToken))!;
    }
}
