using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Egov.Benefits.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AgeSweeps : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "key",
                table: "benefits_offer_requests",
                type: "TEXT",
                maxLength: 96,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "benefits_age_sweeps",
                columns: table => new
                {
                    day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    started_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    finished_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    found = table.Column<int>(type: "INTEGER", nullable: false),
                    queued = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_benefits_age_sweeps", x => x.day);
                });

            migrationBuilder.CreateIndex(
                name: "ix_benefits_offer_requests_key",
                table: "benefits_offer_requests",
                column: "key",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "benefits_age_sweeps");

            migrationBuilder.DropIndex(
                name: "ix_benefits_offer_requests_key",
                table: "benefits_offer_requests");

            migrationBuilder.DropColumn(
                name: "key",
                table: "benefits_offer_requests");
        }
    }
}
