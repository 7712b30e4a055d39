using Egov.Platform.Data;
using Egov.Registries.Contracts;
using Egov.Registries.Tests.Support;
using Egov.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Egov.Registries.Tests;

/// <summary>The directory as the host registers it, writing to the real audit chain over the migrated database.</summary>
public sealed class AuditTrailTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Find_WritesAnAuditEntryNamingTheResidentById_NeverByNumber()
    {
        const string Number = "7804121023453";
        await using var database = await TestDatabase.CreateAsync(Ct);
        await using var services = await RegistriesServices.BuildMigratedAsync(database);
        var purpose = new DataPurpose("system:identity", "identity.proofing", "Resident Registration Act art. 35");

        await using (var scope = services.CreateAsyncScope())
        {
            var found = await scope.ServiceProvider.GetRequiredService<IResidentDirectory>()
                .FindByIdentifierAndNameAsync("780412-1023453", "김민준", purpose, Ct);
            Assert.NotNull(found);
        }

        await using var read = services.CreateAsyncScope();
        var entry = await read.ServiceProvider.GetRequiredService<PlatformDbContext>().AuditEntries.SingleAsync(Ct);
        Assert.Matches("^resident:[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", entry.Subject);
        Assert.Equal(
            ("system:identity", "registries.resident.read", "identity.proofing", "Resident Registration Act art. 35"),
            (entry.Actor, entry.Action, entry.Purpose, entry.LegalBasis));
        string[] fields = [entry.Actor, entry.Action, entry.Subject, entry.Purpose!, entry.LegalBasis!, entry.OnBehalfOf ?? ""];
        // No six-digit run of the number (its birth date, its serial) may appear anywhere in the entry.
        for (var i = 0; i + 6 <= Number.Length; i++)
        {
            var run = Number.Substring(i, 6);
            Assert.All(fields, f => Assert.DoesNotContain(run, f, StringComparison.Ordinal));
        }
    }
}
