using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Egov.Identity.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PowersOfAttorney : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "identity_powers_of_attorney",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    grantor_resident_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    agent_resident_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    services = table.Column<string>(type: "TEXT", nullable: false),
                    valid_from = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    valid_until = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    revoked_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    revoked_by = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_identity_powers_of_attorney", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_identity_powers_of_attorney_agent_resident_id_valid_until",
                table: "identity_powers_of_attorney",
                columns: new[] { "agent_resident_id", "valid_until" });

            migrationBuilder.CreateIndex(
                name: "ix_identity_powers_of_attorney_grantor_resident_id",
                table: "identity_powers_of_attorney",
                column: "grantor_resident_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "identity_powers_of_attorney");
        }
    }
}
