using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Egov.Benefits.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AgeSweeps : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "key",
                schema: "benefits",
                table: "offer_requests",
                type: "character varying(96)",
                maxLength: 96,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "age_sweeps",
                schema: "benefits",
                columns: table => new
                {
                    day = table.Column<DateOnly>(type: "date", nullable: false),
                    started_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    finished_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    found = table.Column<int>(type: "integer", nullable: false),
                    queued = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_age_sweeps", x => x.day);
                });

            migrationBuilder.CreateIndex(
                name: "ix_offer_requests_key",
                schema: "benefits",
                table: "offer_requests",
                column: "key",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "age_sweeps",
                schema: "benefits");

            migrationBuilder.DropIndex(
                name: "ix_offer_requests_key",
                schema: "benefits",
                table: "offer_requests");

            migrationBuilder.DropColumn(
                name: "key",
                schema: "benefits",
                table: "offer_requests");
        }
    }
}
