using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Egov.Benefits.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class OffersAndApplications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "applications",
                schema: "benefits",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    applicant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    bundle = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    submitted_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_applications", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "offer_requests",
                schema: "benefits",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    resident_id = table.Column<Guid>(type: "uuid", nullable: false),
                    trigger = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    as_of = table.Column<DateOnly>(type: "date", nullable: false),
                    requested_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    done_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_offer_requests", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "offers",
                schema: "benefits",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    beneficiary_id = table.Column<Guid>(type: "uuid", nullable: false),
                    benefit_code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    trigger = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    amount = table.Column<decimal>(type: "numeric", nullable: true),
                    offered_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    decided_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_offers", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "agency_cases",
                schema: "benefits",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    application_id = table.Column<Guid>(type: "uuid", nullable: false),
                    agency = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_agency_cases", x => x.id);
                    table.ForeignKey(
                        name: "fk_agency_cases_applications_application_id",
                        column: x => x.application_id,
                        principalSchema: "benefits",
                        principalTable: "applications",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "claims",
                schema: "benefits",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    beneficiary_id = table.Column<Guid>(type: "uuid", nullable: false),
                    benefit_code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    amount = table.Column<decimal>(type: "numeric", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_claims", x => x.id);
                    table.ForeignKey(
                        name: "fk_claims_agency_cases_case_id",
                        column: x => x.case_id,
                        principalSchema: "benefits",
                        principalTable: "agency_cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_agency_cases_agency_status_updated_at",
                schema: "benefits",
                table: "agency_cases",
                columns: new[] { "agency", "status", "updated_at" });

            migrationBuilder.CreateIndex(
                name: "ix_agency_cases_application_id",
                schema: "benefits",
                table: "agency_cases",
                column: "application_id");

            migrationBuilder.CreateIndex(
                name: "ix_applications_applicant_id_submitted_at",
                schema: "benefits",
                table: "applications",
                columns: new[] { "applicant_id", "submitted_at" });

            migrationBuilder.CreateIndex(
                name: "ix_claims_beneficiary_id_benefit_code",
                schema: "benefits",
                table: "claims",
                columns: new[] { "beneficiary_id", "benefit_code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_claims_case_id",
                schema: "benefits",
                table: "claims",
                column: "case_id");

            migrationBuilder.CreateIndex(
                name: "ix_offer_requests_done_at_requested_at",
                schema: "benefits",
                table: "offer_requests",
                columns: new[] { "done_at", "requested_at" });

            migrationBuilder.CreateIndex(
                name: "ix_offers_beneficiary_id_benefit_code",
                schema: "benefits",
                table: "offers",
                columns: new[] { "beneficiary_id", "benefit_code" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "claims",
                schema: "benefits");

            migrationBuilder.DropTable(
                name: "offer_requests",
                schema: "benefits");

            migrationBuilder.DropTable(
                name: "offers",
                schema: "benefits");

            migrationBuilder.DropTable(
                name: "agency_cases",
                schema: "benefits");

            migrationBuilder.DropTable(
                name: "applications",
                schema: "benefits");
        }
    }
}
