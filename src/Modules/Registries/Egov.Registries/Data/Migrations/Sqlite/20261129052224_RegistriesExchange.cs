using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Egov.Registries.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RegistriesExchange : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "registries_exchange_accesses",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    audit_sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    resident_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    client_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    client_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    purpose = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    legal_basis = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    outcome = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    fields = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_registries_exchange_accesses", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "registries_exchange_consents",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    resident_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    client_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    purpose = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    given_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    revoked_at = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_registries_exchange_consents", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "registries_exchange_grants",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    client_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    purpose = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    granted_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    granted_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    revoked_at = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_registries_exchange_grants", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_registries_exchange_accesses_resident_id_at",
                table: "registries_exchange_accesses",
                columns: new[] { "resident_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_registries_exchange_consents_resident_id_client_id_purpose",
                table: "registries_exchange_consents",
                columns: new[] { "resident_id", "client_id", "purpose" });

            migrationBuilder.CreateIndex(
                name: "ix_registries_exchange_grants_client_id_purpose",
                table: "registries_exchange_grants",
                columns: new[] { "client_id", "purpose" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "registries_exchange_accesses");

            migrationBuilder.DropTable(
                name: "registries_exchange_consents");

            migrationBuilder.DropTable(
                name: "registries_exchange_grants");
        }
    }
}
