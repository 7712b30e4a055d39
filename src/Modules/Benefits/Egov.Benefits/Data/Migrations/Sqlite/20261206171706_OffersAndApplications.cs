using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Egov.Benefits.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OffersAndApplications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "benefits_applications",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    applicant_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    bundle = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    submitted_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_benefits_applications", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "benefits_offer_requests",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    resident_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    trigger = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    as_of = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    requested_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    done_at = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_benefits_offer_requests", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "benefits_offers",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    beneficiary_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    benefit_code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    trigger = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    amount = table.Column<decimal>(type: "TEXT", nullable: true),
                    offered_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    decided_at = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_benefits_offers", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "benefits_agency_cases",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    application_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    agency = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_benefits_agency_cases", x => x.id);
                    table.ForeignKey(
                        name: "fk_benefits_agency_cases_applications_application_id",
                        column: x => x.application_id,
                        principalTable: "benefits_applications",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "benefits_claims",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    case_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    beneficiary_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    benefit_code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    amount = table.Column<decimal>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_benefits_claims", x => x.id);
                    table.ForeignKey(
                        name: "fk_benefits_claims_benefits_agency_cases_case_id",
                        column: x => x.case_id,
                        principalTable: "benefits_agency_cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_benefits_agency_cases_agency_status_updated_at",
                table: "benefits_agency_cases",
                columns: new[] { "agency", "status", "updated_at" });

            migrationBuilder.CreateIndex(
                name: "ix_benefits_agency_cases_application_id",
                table: "benefits_agency_cases",
                column: "application_id");

            migrationBuilder.CreateIndex(
                name: "ix_benefits_applications_applicant_id_submitted_at",
                table: "benefits_applications",
                columns: new[] { "applicant_id", "submitted_at" });

            migrationBuilder.CreateIndex(
                name: "ix_benefits_claims_beneficiary_id_benefit_code",
                table: "benefits_claims",
                columns: new[] { "beneficiary_id", "benefit_code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_benefits_claims_case_id",
                table: "benefits_claims",
                column: "case_id");

            migrationBuilder.CreateIndex(
                name: "ix_benefits_offer_requests_done_at_requested_at",
                table: "benefits_offer_requests",
                columns: new[] { "done_at", "requested_at" });

            migrationBuilder.CreateIndex(
                name: "ix_benefits_offers_beneficiary_id_benefit_code",
                table: "benefits_offers",
                columns: new[] { "beneficiary_id", "benefit_code" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "benefits_claims");

            migrationBuilder.DropTable(
                name: "benefits_offer_requests");

            migrationBuilder.DropTable(
                name: "benefits_offers");

            migrationBuilder.DropTable(
                name: "benefits_agency_cases");

            migrationBuilder.DropTable(
                name: "benefits_applications");
        }
    }
}
