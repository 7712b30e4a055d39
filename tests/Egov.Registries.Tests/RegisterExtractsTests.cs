using Egov.Platform.Packs;
using Egov.Registries.Contracts;
using Egov.Registries.Data;
using Egov.Registries.Domain;
using Egov.Registries.Protection;
using Egov.Registries.Queries;
using Egov.Registries.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Egov.Registries.Tests;

/// <summary>
/// Certificate extracts over the kr pack's demo data (packs/kr/demo): Kim Minjun, his wife, three children and his
/// parents; the villa Kim Minjun and his wife own half each; Jung Woojin's companies.
/// </summary>
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
        var db = services.GetRequiredService<RegistriesDbContext>();
        var pack = services.GetRequiredService<CountryPack>();
        var people = new ExtractPeople(services.GetRequiredService<ResidentNumbers>(), pack);
        extracts = new RegisterExtracts(
            db, people, new PropertyExtracts(db, people, pack, audit), new CompanyExtracts(db, people, pack, audit), pack, audit);
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

    private static PropertyRef Property(string kind, string key) => new(kind, StableId.For("kr", kind, key));

    [Fact]
    public async Task Building_HasItsParcel_OwnersWithMaskedNumbers_AndLogsEachOwnerShown()
    {
        var extract = await extracts.ReadPropertyAsync(
            Property(PropertyKinds.Building, "jongno-buam-100-apartment"), new ExtractRequest(ExtractSections.None, "ko", RevealIdentifiers: false), Issuance, Ct);

        Assert.NotNull(extract);
        Assert.EndsWith("부암동 100", extract.Location, StringComparison.Ordinal);
        Assert.Equal(("대", 412.7m), (extract.LandCategory, extract.LandAreaM2));
        Assert.Equal(("자하문빌라", "연립주택", 4), (extract.Building!.Name, extract.Building.Use, extract.Building.Floors));
        Assert.Equal([("김민준", "780412-1******", 1, 2), ("이서연", "800923-2******", 1, 2)],
            extract.Owners.Select(o => (o.OwnerName, o.OwnerIdentifier, o.ShareNumerator, o.ShareDenominator)));
        string[] owners = [$"resident:{IdOf("kim-minjun").Value}", $"resident:{IdOf("lee-seoyeon").Value}"];
        Assert.Equal(owners.Order(StringComparer.Ordinal), audit.Records.Select(r => r.Subject).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Parcel_ListsItsMortgages()
    {
        var extract = await extracts.ReadPropertyAsync(
            Property(PropertyKinds.Parcel, "mapo-donggyo-210-5"), new ExtractRequest(ExtractSections.None, "ko", RevealIdentifiers: false), Issuance, Ct);

        Assert.NotNull(extract);
        Assert.Null(extract.Building);
        var mortgage = Assert.Single(extract.Encumbrances);
        Assert.Equal(("한빛은행", 240_000_000L), (mortgage.Creditor, mortgage.Amount));
    }

    [Fact]
    public async Task Company_HasItsRepresentatives_AndAHolderSeesWhatTheyHold()
    {
        var jung = IdOf("jung-woojin");
        var holdings = await extracts.HoldingsAsync(jung, "ko", Issuance, Ct);
        var coop = Assert.Single(holdings.Companies, c => c.Name == "푸른들협동조합");

        var extract = await extracts.ReadCompanyAsync(coop.Id, new ExtractRequest(ExtractSections.None, "ko", RevealIdentifiers: false), Issuance, Ct);

        Assert.NotNull(extract);
        Assert.Equal("214-86-20313", extract.BusinessNumber);
        Assert.Equal(["정우진", "한소라"], extract.Representatives.Select(r => r.Person.Name).Order(StringComparer.Ordinal));
        Assert.Equal(2, holdings.Companies.Count);
        // The demo's shops added for fire-safety inspections (field.yaml): 관철빌딩 and 서교스퀘어 his alone, 합정라운지 half his.
        Assert.Equal(["관철빌딩", "서교스퀘어", "합정라운지"], holdings.Properties.Where(p => p.Property.Kind == PropertyKinds.Building).Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task UnknownPropertyOrCompany_IsNull_AndLogsNothing()
    {
        var property = await extracts.ReadPropertyAsync(
            new PropertyRef(PropertyKinds.Building, Guid.NewGuid()), new ExtractRequest(ExtractSections.None, "ko", false), Issuance, Ct);
        var company = await extracts.ReadCompanyAsync(Guid.NewGuid(), new ExtractRequest(ExtractSections.None, "ko", false), Issuance, Ct);

        Assert.Null(property);
        Assert.Null(company);
        Assert.Empty(audit.Records);
    }
}
