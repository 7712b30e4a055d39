using System.Net;
using Egov.Benefits.Data;
using Egov.Benefits.Eligibility;
using Egov.Benefits.WhatIf;
using Egov.Registries.Data;
using Egov.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Egov.Benefits.Tests;

/// <summary>
/// An official drafts the child allowance for children under 9 instead of 8 and simulates it: the counts equal a direct
/// count of the register (the demo people and 200 generated residents), and so do the yearly costs.
/// </summary>
public sealed class WhatIfTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private TestDatabase database = null!;
    private EgovHostFactory host = null!;

    public async ValueTask InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(Ct);
        // The real clock: the officials' authenticator codes are computed from it.
        host = new EgovHostFactory(database, new Dictionary<string, string?> { ["Identity:SeedDemoAccounts"] = "true" });
    }

    public async ValueTask DisposeAsync()
    {
        await host.DisposeAsync();
        await database.DisposeAsync();
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<PolicyDraft> FinishedDraftAsync()
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            await using var scope = host.Services.CreateAsyncScope();
            var draft = await scope.ServiceProvider.GetRequiredService<BenefitsDbContext>().PolicyDrafts.AsNoTracking().SingleOrDefaultAsync(Ct);
            if (draft is { Status: DraftStatus.Done or DraftStatus.Failed } || DateTime.UtcNow > deadline)
            {
                return draft!;
            }

            await Task.Delay(250, Ct);
        }
    }

    [Fact]
    public async Task Draft_ChildAllowanceUnder9_CountsAndCostsEqualADirectCount()
    {
        var official = await DemoOfficials.AtAal2Async(host, DemoOfficials.Reader);
        using var page = await official.GetAsync("/officials/benefits/what-if?benefit=child-allowance");
        using var posted = await official.SubmitAsync(page, [new("When[under-8]", "AgeMonths < 108")]);
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);

        var draft = await FinishedDraftAsync();

        Assert.Equal(DraftStatus.Done, draft.Status);
        var asOf = draft.AsOf;
        await using var scope = host.Services.CreateAsyncScope();
        var births = await scope.ServiceProvider.GetRequiredService<RegistriesDbContext>().Residents
            .Where(r => r.Status == "alive" && r.BirthDate <= asOf).Select(r => r.BirthDate).ToListAsync(Ct);
        var under8 = births.Count(b => Ages.InFullMonths(b, asOf) < 96);
        var under9 = births.Count(b => Ages.InFullMonths(b, asOf) < 108);
        Assert.True(under9 > under8);
        Assert.Equal((births.Count, under8, under9, under9 - under8, 0L), (draft.People, draft.CurrentCount, draft.DraftCount, draft.Gained, draft.Lost));
        Assert.Equal((under8 * 1_200_000m, under9 * 1_200_000m), (draft.CurrentYearlyCost, draft.DraftYearlyCost));

        using var results = await official.GetAsync("/officials/benefits/what-if");
        var html = await results.Content.ReadAsStringAsync(Ct);
        Assert.Contains($"data-drafted=\"{under9}\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Draft_ThatDoesNotCompile_ShowsTheErrorBesideTheField_AndQueuesNothing()
    {
        var official = await DemoOfficials.AtAal2Async(host, DemoOfficials.Reader);
        using var page = await official.GetAsync("/officials/benefits/what-if?benefit=child-allowance");

        using var posted = await official.SubmitAsync(page, [new("When[under-8]", "AgeInMonths < 108")]);

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        var html = await posted.Content.ReadAsStringAsync(Ct);
        Assert.Contains("id=\"when-under-8-error\"", html, StringComparison.Ordinal);
        Assert.Contains("AgeInMonths", html, StringComparison.Ordinal);
        await using var scope = host.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<BenefitsDbContext>().PolicyDrafts.AnyAsync(Ct));
    }

    [Fact]
    public async Task Citizen_CannotOpenTheWhatIfPage()
    {
        var citizen = await CitizenAtTheBrowser.SignedInAsync(host, "kim-citizen", Guid.NewGuid());

        using var response = await citizen.Client.GetAsync("/officials/benefits/what-if", Ct);

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }
}
