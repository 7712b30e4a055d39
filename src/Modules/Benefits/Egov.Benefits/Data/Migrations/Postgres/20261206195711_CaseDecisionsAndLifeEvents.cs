using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Egov.Benefits.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CaseDecisionsAndLifeEvents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "stopped_on",
                schema: "benefits",
                table: "claims",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "detail",
                schema: "benefits",
                table: "applications",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "key",
                schema: "benefits",
                table: "applications",
                type: "character varying(96)",
                maxLength: 96,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "subject_id",
                schema: "benefits",
                table: "applications",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "decided_at",
                schema: "benefits",
                table: "agency_cases",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "decided_by",
                schema: "benefits",
                table: "agency_cases",
                type: "character varying(128)",
                maxLength: 128,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "reason",
                schema: "benefits",
                table: "agency_cases",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_applications_key",
                schema: "benefits",
                table: "applications",
                column: "key",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_applications_key",
                schema: "benefits",
                table: "applications");

            migrationBuilder.DropColumn(
                name: "stopped_on",
                schema: "benefits",
                table: "claims");

            migrationBuilder.DropColumn(
                name: "detail",
                schema: "benefits",
                table: "applications");

            migrationBuilder.DropColumn(
                name: "key",
                schema: "benefits",
                table: "applications");

            migrationBuilder.DropColumn(
                name: "subject_id",
                schema: "benefits",
                table: "applications");

            migrationBuilder.DropColumn(
                name: "decided_at",
                schema: "benefits",
                table: "agency_cases");

            migrationBuilder.DropColumn(
                name: "decided_by",
                schema: "benefits",
                table: "agency_cases");

            migrationBuilder.DropColumn(
                name: "reason",
                schema: "benefits",
                table: "agency_cases");
        }
    }
}
