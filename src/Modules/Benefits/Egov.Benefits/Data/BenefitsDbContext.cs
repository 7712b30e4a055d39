using Egov.Benefits.Applications;
using Egov.Benefits.Facts;
using Egov.Benefits.Offers;
using Egov.Benefits.Sweep;
using Egov.Benefits.WhatIf;
using Egov.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Egov.Benefits.Data;

/// <summary>Facts declared for benefit rules, offers made before anyone asked, applications with their agency cases, and rule drafts simulated.</summary>
[ModuleSchema("benefits")]
internal abstract class BenefitsDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public DbSet<DeclaredFact> Facts => Set<DeclaredFact>();

    public DbSet<Offer> Offers => Set<Offer>();

    public DbSet<OfferRequest> OfferRequests => Set<OfferRequest>();

    public DbSet<AgeSweep> AgeSweeps => Set<AgeSweep>();

    public DbSet<Application> Applications => Set<Application>();

    public DbSet<AgencyCase> Cases => Set<AgencyCase>();

    public DbSet<Claim> Claims => Set<Claim>();

    public DbSet<PolicyDraft> PolicyDrafts => Set<PolicyDraft>();

    protected override void ConfigureModule(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<DeclaredFact>(b =>
        {
            b.ToTable("declared_facts");
            // One value per fact and person: a new declaration replaces the old (the audit log keeps the history).
            b.HasKey(f => new { f.ResidentId, f.Fact });
            b.Property(f => f.Fact).HasMaxLength(64);
            b.Property(f => f.Value).HasMaxLength(64);
            b.Property(f => f.DeclaredBy).HasMaxLength(128);
        });
        modelBuilder.Entity<Offer>(b =>
        {
            b.ToTable("offers");
            // One offer per person and benefit: an event seen twice (or a sweep after an event) never offers again.
            b.HasIndex(o => new { o.BeneficiaryId, o.BenefitCode }).IsUnique();
            b.Property(o => o.BenefitCode).HasMaxLength(64);
            b.Property(o => o.Trigger).HasMaxLength(32);
            b.Property(o => o.Status).HasMaxLength(16);
        });
        modelBuilder.Entity<OfferRequest>(b =>
        {
            b.ToTable("offer_requests");
            b.Property(r => r.Trigger).HasMaxLength(32);
            // The runner's "what is waiting", oldest first.
            b.HasIndex(r => new { r.DoneAt, r.RequestedAt });
            // Once per person and day for the sweep, whichever copy or retry queues it.
            b.Property(r => r.Key).HasMaxLength(96);
            b.HasIndex(r => r.Key).IsUnique();
        });
        modelBuilder.Entity<AgeSweep>(b =>
        {
            b.ToTable("age_sweeps");
            b.HasKey(s => s.Day);
        });
        modelBuilder.Entity<Application>(b =>
        {
            b.ToTable("applications");
            b.Property(a => a.Bundle).HasMaxLength(32);
            b.Property(a => a.Detail).HasMaxLength(64);
            b.Property(a => a.Key).HasMaxLength(96);
            b.HasIndex(a => new { a.ApplicantId, a.SubmittedAt });
            // A life-event bundle once per move, once per deceased and applicant.
            b.HasIndex(a => a.Key).IsUnique();
        });
        modelBuilder.Entity<AgencyCase>(b =>
        {
            b.ToTable("agency_cases");
            b.Property(c => c.Agency).HasMaxLength(16);
            b.Property(c => c.Status).HasMaxLength(16);
            b.Property(c => c.Reason).HasMaxLength(500);
            b.Property(c => c.DecidedBy).HasMaxLength(128);
            // An agency's queue, oldest first.
            b.HasIndex(c => new { c.Agency, c.Status, c.UpdatedAt });
            b.HasIndex(c => c.ApplicationId);
            b.HasOne<Application>().WithMany().HasForeignKey(c => c.ApplicationId);
        });
        modelBuilder.Entity<Claim>(b =>
        {
            b.ToTable("claims");
            b.Property(c => c.BenefitCode).HasMaxLength(64);
            b.HasIndex(c => c.CaseId);
            // A benefit is claimed once per beneficiary.
            b.HasIndex(c => new { c.BeneficiaryId, c.BenefitCode }).IsUnique();
            b.HasOne<AgencyCase>().WithMany().HasForeignKey(c => c.CaseId);
        });
        modelBuilder.Entity<PolicyDraft>(b =>
        {
            b.ToTable("policy_drafts");
            b.Property(d => d.BenefitCode).HasMaxLength(64);
            b.Property(d => d.Amount).HasMaxLength(1000);
            b.Property(d => d.DraftedBy).HasMaxLength(128);
            b.Property(d => d.Status).HasMaxLength(16);
            b.Property(d => d.CurrentYearlyCost).HasPrecision(20, 0);
            b.Property(d => d.DraftYearlyCost).HasPrecision(20, 0);
            b.HasIndex(d => new { d.Status, d.CreatedAt });
        });
    }
}

internal sealed class BenefitsSqliteDbContext(DbContextOptions<BenefitsSqliteDbContext> options) : BenefitsDbContext(options);

internal sealed class BenefitsPostgresDbContext(DbContextOptions<BenefitsPostgresDbContext> options) : BenefitsDbContext(options);

internal sealed class BenefitsSqliteDesignTimeFactory : DesignTimeFactory<BenefitsSqliteDbContext>;

internal sealed class BenefitsPostgresDesignTimeFactory : DesignTimeFactory<BenefitsPostgresDbContext>;
