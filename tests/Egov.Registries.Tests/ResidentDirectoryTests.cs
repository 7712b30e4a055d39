using System.Text;
using Egov.Registries.Contracts;
using Egov.Platform.Packs;
using Egov.Registries.Data;
using Egov.Registries.Queries;
using Egov.Registries.Domain;
using Egov.Registries.Protection;
using Egov.Registries.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Egov.Registries.Tests;

/// <summary>The resident directory over the kr pack's demo people (see packs/kr/demo/people.yaml), as seeded into the registers.</summary>
public sealed class ResidentDirectoryTests : IClassFixture<SeededRegister>, IDisposable
{
    private static readonly DataPurpose Proofing = new("system:identity", "identity.proofing", "Resident Registration Act art. 35");

    private readonly RecordingAuditLog audit = new();
    private readonly IServiceScope scope;
    private readonly ResidentDirectory directory;

    public ResidentDirectoryTests(SeededRegister register)
    {
        scope = register.Services.CreateScope();
        var services = scope.ServiceProvider;
        directory = new ResidentDirectory(
            services.GetRequiredService<RegistriesDbContext>(), services.GetRequiredService<ResidentsByNumber>(), services.GetRequiredService<CountryPack>(), audit);
    }

    public void Dispose() => scope.Dispose();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static ResidentId IdOf(string key) => new(StableId.For("kr", "resident", key));

    private static CompanyId CompanyOf(string key) => new(StableId.For("kr", "company", key));

    [Theory]
    [InlineData("780412-1023453")]
    [InlineData("7804121023453")]
    [InlineData(" 780412 1023453 ")]
    public async Task Find_WithOrWithoutSeparators_FindsTheResident(string typed)
    {
        var found = await directory.FindByIdentifierAndNameAsync(typed, "김민준", Proofing, Ct);

        Assert.Equal(new ResidentSummary(IdOf("kim-minjun"), "김민준", "Kim Minjun", new DateOnly(1978, 4, 12), true), found);
    }

    [Fact]
    public async Task Find_WithNameTypedWithSpacesOrDecomposed_FindsTheResident()
    {
        Assert.NotNull(await directory.FindByIdentifierAndNameAsync("780412-1023453", " 김민준 ", Proofing, Ct));
        Assert.NotNull(await directory.FindByIdentifierAndNameAsync("780412-1023453", "김민준".Normalize(NormalizationForm.FormD), Proofing, Ct));
    }

    [Theory]
    [InlineData("780412-1023453", "김민수")]
    [InlineData("780412-1023453", "Kim Minjun")]
    [InlineData("780412-1023454", "김민준")]
    [InlineData("not a number", "김민준")]
    public async Task Find_WhenNumberOrNameDoesNotMatch_ReturnsNull_AndLogsTheLookupUnderNoResident(string typed, string name)
    {
        Assert.Null(await directory.FindByIdentifierAndNameAsync(typed, name, Proofing, Ct));
        Assert.Null(await directory.FindContactAsync(typed, name, Proofing, Ct));

        // One entry per lookup, as for a match (the same work either way), and nothing of what was typed.
        Assert.Equal(2, audit.Records.Count);
        Assert.All(audit.Records, r => Assert.Equal(("registries.resident.lookup.unmatched", "resident:none"), (r.Action, r.Subject)));
    }

    [Fact]
    public async Task Find_WhenResidentIsDeceased_ReturnsNull_ButGetShowsTheDeath()
    {
        Assert.Null(await directory.FindByIdentifierAndNameAsync("520605-2071353", "최말순", Proofing, Ct));

        var resident = await directory.GetAsync(IdOf("choi-malsun"), Proofing, Ct);

        Assert.False(resident!.IsAlive);
    }

    [Fact]
    public async Task Find_ForeignResident_IsFound()
    {
        var found = await directory.FindByIdentifierAndNameAsync("920517-6501152", "응우옌티란", Proofing, Ct);

        Assert.Equal("Nguyen Thi Lan", found!.LatinName);
    }

    [Fact]
    public async Task Get_UnknownId_ReturnsNull()
    {
        Assert.Null(await directory.GetAsync(new ResidentId(Guid.NewGuid()), Proofing, Ct));
    }

    [Fact]
    public async Task FindContact_GivesTheRecordedPhone_OrNullWhenNoneIsRecorded_InOneLoggedRead()
    {
        var minjun = await directory.FindContactAsync("780412-1023453", "김민준", Proofing, Ct);
        var seoa = await directory.FindContactAsync("120708-4103351", "김서아", Proofing, Ct);

        Assert.Equal((IdOf("kim-minjun"), "+821012345678"), (minjun!.Resident.Id, minjun.Phone));
        Assert.Null(seoa!.Phone);
        Assert.Equal([$"resident:{IdOf("kim-minjun").Value}", $"resident:{IdOf("kim-seoa").Value}"], audit.Records.Select(r => r.Subject));
        Assert.All(audit.Records, r => Assert.Equal("registries.resident.contact.read", r.Action));
    }

    [Fact]
    public async Task MinorChildren_OfEitherParent_AreTheChildrenUnderTheAgeOfMajority()
    {
        var asOf = new DateOnly(2026, 1, 1);

        var ofFather = await directory.MinorChildrenAsync(IdOf("kim-minjun"), asOf, Proofing, Ct);
        var ofMother = await directory.MinorChildrenAsync(IdOf("lee-seoyeon"), asOf, Proofing, Ct);

        Assert.Equal(["김지호", "김서아"], ofFather.Select(c => c.Name));
        Assert.Equal(ofFather, ofMother);
    }

    [Fact]
    public async Task MinorChildren_TheDayAfterTheElderChildTurns19_IsTheYoungerOnly()
    {
        // Kim Jiho is born 2007-03-15; the kr pack's age of majority is 19.
        var children = await directory.MinorChildrenAsync(IdOf("kim-minjun"), new DateOnly(2026, 3, 16), Proofing, Ct);

        Assert.Equal(["김서아"], children.Select(c => c.Name));
    }

    [Fact]
    public async Task MinorChildren_AreLoggedForTheParentAndEachChild()
    {
        await directory.MinorChildrenAsync(IdOf("kim-minjun"), new DateOnly(2026, 3, 16), Proofing, Ct);

        Assert.Equal([$"resident:{IdOf("kim-minjun").Value}", $"resident:{IdOf("kim-seoa").Value}"], audit.Records.Select(r => r.Subject));
        Assert.All(audit.Records, r => Assert.Equal(("system:identity", "registries.resident.children.read", "identity.proofing"), (r.Actor, r.Action, r.Purpose)));
    }

    [Fact]
    public async Task CompaniesRepresentedBy_ListsEachCompanyWithItsFormattedNumber()
    {
        var companies = await directory.CompaniesRepresentedByAsync(IdOf("jung-woojin"), Proofing, Ct);

        Assert.Equal(
            [
                new CompanySummary(CompanyOf("hanbit-software"), "120-81-03450", "주식회사 한빛소프트웨어", true),
                new CompanySummary(CompanyOf("pureundeul-coop"), "214-86-20313", "푸른들협동조합", true),
            ],
            companies);
    }

    [Fact]
    public async Task CompaniesRepresentedBy_IncludesClosedCompanies()
    {
        var company = Assert.Single(await directory.CompaniesRepresentedByAsync(IdOf("kim-youngsoo"), Proofing, Ct));

        Assert.False(company.IsActive);
    }

    [Fact]
    public async Task RepresentativesOf_ListsEveryRepresentative_AndNobodyForAnUnknownCompany()
    {
        var representatives = await directory.RepresentativesOfAsync(CompanyOf("pureundeul-coop"), Proofing, Ct);

        Assert.Equal([IdOf("jung-woojin"), IdOf("han-sora")], representatives.Select(r => r.Id));
        Assert.Empty(await directory.RepresentativesOfAsync(new CompanyId(Guid.NewGuid()), Proofing, Ct));
    }

    [Fact]
    public void Ids_AreTheSameForEveryLoadOfThePack()
    {
        var first = StableId.For("kr", "resident", "kim-minjun");

        Assert.Equal(first, StableId.For("kr", "resident", "kim-minjun"));
        Assert.NotEqual(first, StableId.For("jp", "resident", "kim-minjun"));
        Assert.NotEqual(first, StableId.For("kr", "company", "kim-minjun"));
        Assert.Equal(8, first.Version);
    }
}
