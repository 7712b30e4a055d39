using Egov.Platform.Persistence;
using Egov.Registries.Domain;
using Egov.Registries.Features.ImportRegisters;
using Egov.Registries.Protection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Egov.Registries.Data;

/// <summary>
/// The base registers: population (residents, households, addresses and their history), family relations,
/// the business register and real estate, and the register's keys. Codes are kept as the population files
/// write them (short strings), which the importer streams straight in.
/// </summary>
[ModuleSchema("registries")]
internal abstract class RegistriesDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public DbSet<Resident> Residents => Set<Resident>();

    public DbSet<Household> Households => Set<Household>();

    public DbSet<Address> Addresses => Set<Address>();

    public DbSet<Residence> Residences => Set<Residence>();

    public DbSet<FamilyLink> FamilyLinks => Set<FamilyLink>();

    public DbSet<Company> Companies => Set<Company>();

    public DbSet<Representative> Representatives => Set<Representative>();

    public DbSet<Parcel> Parcels => Set<Parcel>();

    public DbSet<Building> Buildings => Set<Building>();

    public DbSet<Ownership> Ownerships => Set<Ownership>();

    public DbSet<Encumbrance> Encumbrances => Set<Encumbrance>();

    public DbSet<RegisterKey> Keys => Set<RegisterKey>();

    public DbSet<LifeEvent> LifeEvents => Set<LifeEvent>();

    public DbSet<ImportedBatch> ImportedBatches => Set<ImportedBatch>();

    public DbSet<ExchangeGrant> ExchangeGrants => Set<ExchangeGrant>();

    public DbSet<ExchangeConsent> ExchangeConsents => Set<ExchangeConsent>();

    public DbSet<ExchangeAccess> ExchangeAccesses => Set<ExchangeAccess>();

    protected override void ConfigureModule(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Resident>(b =>
        {
            b.ToTable("residents");
            b.Property(r => r.NumberCipher).HasMaxLength(64);
            b.Property(r => r.NumberHash).HasMaxLength(32);
            // One resident per number; the lookup by number is this index.
            b.HasIndex(r => r.NumberHash).IsUnique();
            b.Property(r => r.Name).HasMaxLength(200);
            b.Property(r => r.LatinName).HasMaxLength(200);
            Code(b.Property(r => r.Sex));
            b.Property(r => r.Nationality).HasMaxLength(2);
            Code(b.Property(r => r.Status));
            b.Property(r => r.RegionCode).HasMaxLength(16);
            Code(b.Property(r => r.RelationToHead));
            b.Property(r => r.Phone).HasMaxLength(20);
            b.HasIndex(r => r.HouseholdId);
            // Officials find a person by name and birth date when the number is not at hand.
            b.HasIndex(r => new { r.Name, r.BirthDate });
            // The benefits' daily sweep asks who was born on the few dates that cross an age threshold today.
            b.HasIndex(r => r.BirthDate);
            b.Ignore(r => r.IsAlive);
        });
        modelBuilder.Entity<Household>().ToTable("households");
        modelBuilder.Entity<Address>(b =>
        {
            b.ToTable("addresses");
            b.Property(a => a.RegionCode).HasMaxLength(16);
            b.Property(a => a.PostalCode).HasMaxLength(16);
            b.Property(a => a.Road).HasMaxLength(200);
            b.Property(a => a.Building).HasMaxLength(100);
            b.Property(a => a.Detail).HasMaxLength(200);
        });
        modelBuilder.Entity<Residence>(b =>
        {
            b.ToTable("residences");
            b.HasIndex(r => new { r.ResidentId, r.MovedInOn });
        });
        modelBuilder.Entity<FamilyLink>(b =>
        {
            b.ToTable("family_links");
            Code(b.Property(l => l.Relation));
            b.HasIndex(l => l.ResidentId);
            // "Whose parent am I": a parent's children, read for acting on a minor's behalf.
            b.HasIndex(l => l.RelativeId);
        });
        modelBuilder.Entity<Company>(b =>
        {
            b.ToTable("companies");
            b.Property(c => c.BusinessNumber).HasMaxLength(32);
            b.HasIndex(c => c.BusinessNumber).IsUnique();
            b.Property(c => c.Name).HasMaxLength(200);
            b.Property(c => c.RegionCode).HasMaxLength(16);
            b.Ignore(c => c.IsActive);
        });
        modelBuilder.Entity<Representative>(b =>
        {
            b.ToTable("representatives");
            b.HasIndex(r => r.CompanyId);
            b.HasIndex(r => r.ResidentId);
        });
        modelBuilder.Entity<Parcel>(b =>
        {
            b.ToTable("parcels");
            b.Property(p => p.RegionCode).HasMaxLength(16);
            b.Property(p => p.LotNumber).HasMaxLength(64);
            Code(b.Property(p => p.LandCategory));
            b.Property(p => p.AreaM2).HasPrecision(14, 2);
            b.HasIndex(p => new { p.RegionCode, p.LotNumber });
        });
        modelBuilder.Entity<Building>(b =>
        {
            b.ToTable("buildings");
            b.Property(x => x.Name).HasMaxLength(200);
            Code(b.Property(x => x.Use));
            b.Property(x => x.FloorAreaM2).HasPrecision(14, 2);
            b.HasIndex(x => x.ParcelId);
        });
        modelBuilder.Entity<Ownership>(b =>
        {
            b.ToTable("ownerships");
            Code(b.Property(o => o.PropertyKind));
            Code(b.Property(o => o.OwnerKind));
            Code(b.Property(o => o.Cause));
            b.HasIndex(o => new { o.PropertyKind, o.PropertyId });
            b.HasIndex(o => new { o.OwnerKind, o.OwnerId });
        });
        modelBuilder.Entity<Encumbrance>(b =>
        {
            b.ToTable("encumbrances");
            Code(b.Property(e => e.PropertyKind));
            Code(b.Property(e => e.Kind));
            b.Property(e => e.Creditor).HasMaxLength(200);
            b.HasIndex(e => new { e.PropertyKind, e.PropertyId });
        });
        modelBuilder.Entity<LifeEvent>(b =>
        {
            b.ToTable("life_events");
            b.HasKey(e => e.Sequence);
            b.Property(e => e.Sequence).ValueGeneratedOnAdd();
            Code(b.Property(e => e.Kind));
            b.Property(e => e.RecordedBy).HasMaxLength(100);
            b.Property(e => e.RegionCode).HasMaxLength(16);
            // A person's own history of changes.
            b.HasIndex(e => e.ResidentId);
        });
        modelBuilder.Entity<ImportedBatch>(b =>
        {
            b.ToTable("imports");
            b.HasKey(i => new { i.Source, i.File, i.Batch });
            b.Property(i => i.Source).HasMaxLength(100);
            b.Property(i => i.File).HasMaxLength(64);
        });
        modelBuilder.Entity<RegisterKey>(b =>
        {
            b.ToTable("keys");
            b.Property(k => k.Id).HasMaxLength(64);
        });
        ConfigureExchange(modelBuilder);
    }

    private static void ConfigureExchange(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ExchangeGrant>(b =>
        {
            b.ToTable("exchange_grants");
            ClientId(b.Property(g => g.ClientId));
            Code(b.Property(g => g.Purpose), 64);
            b.Property(g => g.GrantedBy).HasMaxLength(100);
            b.HasIndex(g => new { g.ClientId, g.Purpose });
        });
        modelBuilder.Entity<ExchangeConsent>(b =>
        {
            b.ToTable("exchange_consents");
            ClientId(b.Property(c => c.ClientId));
            Code(b.Property(c => c.Purpose), 64);
            b.Ignore(c => c.IsInForce);
            // Every read of a consent purpose asks "is there one in force for this person, client and purpose".
            b.HasIndex(c => new { c.ResidentId, c.ClientId, c.Purpose });
        });
        modelBuilder.Entity<ExchangeAccess>(b =>
        {
            b.ToTable("exchange_accesses");
            ClientId(b.Property(a => a.ClientId));
            b.Property(a => a.ClientName).HasMaxLength(200);
            // The purpose as the client sent it, which may be anything up to the API's limit.
            b.Property(a => a.Purpose).HasMaxLength(100);
            b.Property(a => a.LegalBasis).HasMaxLength(500);
            Code(b.Property(a => a.Outcome));
            b.Property(a => a.Fields).HasMaxLength(2000);
            b.HasIndex(a => new { a.ResidentId, a.At });
        });
    }

    /// <summary>A code of the population files (<c>alive</c>, <c>child_in_law</c>, a pack's land category…).</summary>
    private static void Code(PropertyBuilder property, int length = 32) => property.HasMaxLength(length);

    /// <summary>A client id of the platform's provider (3 to 64 characters, Identity's rule).</summary>
    private static void ClientId(PropertyBuilder property) => property.HasMaxLength(64);
}

internal sealed class RegistriesSqliteDbContext(DbContextOptions<RegistriesSqliteDbContext> options) : RegistriesDbContext(options);

internal sealed class RegistriesPostgresDbContext(DbContextOptions<RegistriesPostgresDbContext> options) : RegistriesDbContext(options);

internal sealed class RegistriesSqliteDesignTimeFactory : DesignTimeFactory<RegistriesSqliteDbContext>;

internal sealed class RegistriesPostgresDesignTimeFactory : DesignTimeFactory<RegistriesPostgresDbContext>;
