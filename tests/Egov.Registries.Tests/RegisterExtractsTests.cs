using Egov.Platform.Packs;
using Egov.Registries.Contracts;
using Egov.Registries.Data;
using Egov.Registries.Domain;
using Egov.Registries.Protection;
using Egov.Registries.Queries;
using Egov.Registries.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Egov.Registries.Tests;

/// <summary>Certificate extracts over the kr pack's demo family (packs/kr/demo): Kim Minjun, his wife, three children and his parents.</summary>
public sealed class RegisterExtractsTests : IClassFixture<SeededRegister>, IDisposable
{
    private static readonly DataPurpose Issuance = new("account:test", "documents.issue", "Family Relationship Registration Act art. 14");

    private readonly RecordingAuditLog audit = new();
    private readonly IServiceScope scope;
    private readonly RegisterExtracts extracts;

    public RegisterExtractsTests(SeededRegister register)
    {
        scope = register.Services.CreateScope();
        var services = scope.ServiceProvider;
        extracts = new RegisterExtracts(
            services.GetRequiredService<RegistriesDbContext>(), services.GetRequiredService<ResidentNumbers>(), services.GetRequiredService<CountryPack>(), audit);
    }

    public void Dispose() => scope.Dispose();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static ResidentId IdOf(string key) => new(StableId.For("kr", "resident", key));

    [Fact]
    public async Task Family_ListsParentsSpouseAndChildren_WithMaskedNumbers_AndLogsEveryoneShown()
    {
        var extract = await extracts.ReadPersonAsync(IdOf("kim-minjun"), new ExtractRequest(ExtractSections.Family, "ko", RevealIdentifiers: false), Issuance, Ct);

        Assert.NotNull(extract);
        Assert.Equal(("김민준", "780412-1******"), (extract.Person.Name, extract.Person.Identifier));
        // The generation above first, then the spouse, then the children by age.
        Assert.Equal(
            [("parent", "김영수"), ("parent", "최말순"), ("spouse", "이서연"), ("child", "김하윤"), ("child", "김지호"), ("child", "김서아")],
            extract.Family.Select(f => (f.Relation, f.Person.Name)));
        Assert.All(extract.Family, f => Assert.Matches(@"^\d{6}-\d\*{6}$", f.Person.Identifier));
        Assert.Null(extract.Household);
        Assert.Empty(extract.PastAddresses);
        Assert.Equal(7, audit.Records.Count);
        Assert.All(audit.Records, r => Assert.Equal((RegisterExtracts.Action, "documents.issue", "account:test"), (r.Action, r.Purpose, r.Actor)));
        Assert.Contains(audit.Records, r => r.Subject == $"resident:{IdOf("kim-seoa").Value}");
    }

    [Fact]
    public async Task Household_HeadFirst_WithFullNumbersWhenAskedFor_AndTheAddressInTheAskedLanguage()
    {
        var extract = await extracts.ReadPersonAsync(IdOf("kim-jiho"), new ExtractRequest(ExtractSections.Household, "en", RevealIdentifiers: true), Issuance, Ct);

        var household = extract!.Household!;
        Assert.Equal(new DateOnly(2003, 5, 10), household.FormedOn);
        Assert.Equal(["head", "spouse", "child", "child", "child"], household.Members.Select(m => m.RelationToHead));
        Assert.Equal("780412-1023453", household.Members[0].Person.Identifier);
        Assert.Contains("Jongno-gu", extract.CurrentAddress!.Address, StringComparison.Ordinal);
        Assert.Empty(extract.Family);
    }

    [Fact]
    public async Task UnknownResident_IsNull_AndLogsNothing()
    {
        Assert.Null(await extracts.ReadPersonAsync(new ResidentId(Guid.NewGuid()), new ExtractRequest(ExtractSections.Family, "ko", false), Issuance, Ct));
        Assert.Empty(audit.Records);
    }
}
