using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Egov.Benefits.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CaseDecisionsAndLifeEvents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "stopped_on",
                table: "benefits_claims",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "detail",
                table: "benefits_applications",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "key",
                table: "benefits_applications",
                type: "TEXT",
                maxLength: 96,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "subject_id",
                table: "benefits_applications",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "decided_at",
                table: "benefits_agency_cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "decided_by",
                table: "benefits_agency_cases",
                type: "TEXT",
                maxLength: 128,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "reason",
                table: "benefits_agency_cases",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_benefits_applications_key",
                table: "benefits_applications",
                column: "key",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_benefits_applications_key",
                table: "benefits_applications");

            migrationBuilder.DropColumn(
                name: "stopped_on",
                table: "benefits_claims");

            migrationBuilder.DropColumn(
                name: "detail",
                table: "benefits_applications");

            migrationBuilder.DropColumn(
                name: "key",
                table: "benefits_applications");

            migrationBuilder.DropColumn(
                name: "subject_id",
                table: "benefits_applications");

            migrationBuilder.DropColumn(
                name: "decided_at",
                table: "benefits_agency_cases");

            migrationBuilder.DropColumn(
                name: "decided_by",
                table: "benefits_agency_cases");

            migrationBuilder.DropColumn(
                name: "reason",
                table: "benefits_agency_cases");
        }
    }
}
