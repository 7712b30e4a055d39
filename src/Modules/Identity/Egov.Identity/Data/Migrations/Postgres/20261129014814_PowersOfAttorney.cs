using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Egov.Identity.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PowersOfAttorney : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "powers_of_attorney",
                schema: "identity",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    grantor_resident_id = table.Column<Guid>(type: "uuid", nullable: false),
                    agent_resident_id = table.Column<Guid>(type: "uuid", nullable: false),
                    services = table.Column<string[]>(type: "text[]", nullable: false),
                    valid_from = table.Column<DateOnly>(type: "date", nullable: false),
                    valid_until = table.Column<DateOnly>(type: "date", nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    revoked_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    revoked_by = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_powers_of_attorney", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_powers_of_attorney_agent_resident_id_valid_until",
                schema: "identity",
                table: "powers_of_attorney",
                columns: new[] { "agent_resident_id", "valid_until" });

            migrationBuilder.CreateIndex(
                name: "ix_powers_of_attorney_grantor_resident_id",
                schema: "identity",
                table: "powers_of_attorney",
                column: "grantor_resident_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "powers_of_attorney",
                schema: "identity");
        }
    }
}
