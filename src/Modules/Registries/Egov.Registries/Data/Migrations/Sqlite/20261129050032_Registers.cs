using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Egov.Registries.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Registers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "registries_addresses",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    region_code = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    postal_code = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    road = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    building = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    detail = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_registries_addresses", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "registries_buildings",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    parcel_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    use = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    floors = table.Column<int>(type: "INTEGER", nullable: false),
                    floor_area_m2 = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    completed_on = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_registries_buildings", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "registries_companies",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    business_number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    region_code = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    address_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    founded_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    closed_on = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_registries_companies", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "registries_encumbrances",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    property_kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    property_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    amount = table.Column<long>(type: "INTEGER", nullable: false),
                    creditor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    registered_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    cancelled_on = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_registries_encumbrances", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "registries_family_links",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    resident_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    relative_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    relation = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    since = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    until = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_registries_family_links", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "registries_households",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    address_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    formed_on = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_registries_households", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "registries_inbox",
                columns: table => new
                {
                    message_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    handler = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    processed_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_registries_inbox", x => new { x.message_id, x.handler });
                });

            migrationBuilder.CreateTable(
                name: "registries_keys",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    protected_key = table.Column<string>(type: "TEXT", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_registries_keys", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "registries_outbox_deliveries",
                columns: table => new
                {
                    message_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    handler = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    next_attempt_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    last_error = table.Column<string>(type: "TEXT", nullable: true),
                    completed_at = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_registries_outbox_deliveries", x => new { x.message_id, x.handler });
                });

            migrationBuilder.CreateTable(
                name: "registries_outbox_messages",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    type = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    payload = table.Column<string>(type: "TEXT", nullable: false),
                    occurred_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    processed_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    next_attempt_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    lease_owner = table.Column<string>(type: "TEXT", nullable: true),
                    lease_until = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_registries_outbox_messages", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "registries_ownerships",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    property_kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    property_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    owner_kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    owner_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    share_numerator = table.Column<int>(type: "INTEGER", nullable: false),
                    share_denominator = table.Column<int>(type: "INTEGER", nullable: false),
                    acquired_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    cause = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    disposed_on = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_registries_ownerships", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "registries_parcels",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    region_code = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    lot_number = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    land_category = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    area_m2 = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_registries_parcels", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "registries_representatives",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    company_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    resident_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    since = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    until = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_registries_representatives", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "registries_residences",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    resident_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    address_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    moved_in_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    moved_out_on = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_registries_residences", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "registries_residents",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    number_cipher = table.Column<byte[]>(type: "BLOB", maxLength: 64, nullable: false),
                    number_hash = table.Column<byte[]>(type: "BLOB", maxLength: 32, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    latin_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    birth_date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    sex = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    nationality = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    died_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    region_code = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    household_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    relation_to_head = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    phone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_registries_residents", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_registries_buildings_parcel_id",
                table: "registries_buildings",
                column: "parcel_id");

            migrationBuilder.CreateIndex(
                name: "ix_registries_companies_business_number",
                table: "registries_companies",
                column: "business_number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_registries_encumbrances_property_kind_property_id",
                table: "registries_encumbrances",
                columns: new[] { "property_kind", "property_id" });

            migrationBuilder.CreateIndex(
                name: "ix_registries_family_links_relative_id",
                table: "registries_family_links",
                column: "relative_id");

            migrationBuilder.CreateIndex(
                name: "ix_registries_family_links_resident_id",
                table: "registries_family_links",
                column: "resident_id");

            migrationBuilder.CreateIndex(
                name: "ix_registries_outbox_deliveries_status",
                table: "registries_outbox_deliveries",
                column: "status");

            migrationBuilder.CreateIndex(
                name: "ix_registries_outbox_messages_processed_at_next_attempt_at",
                table: "registries_outbox_messages",
                columns: new[] { "processed_at", "next_attempt_at" });

            migrationBuilder.CreateIndex(
                name: "ix_registries_ownerships_owner_kind_owner_id",
                table: "registries_ownerships",
                columns: new[] { "owner_kind", "owner_id" });

            migrationBuilder.CreateIndex(
                name: "ix_registries_ownerships_property_kind_property_id",
                table: "registries_ownerships",
                columns: new[] { "property_kind", "property_id" });

            migrationBuilder.CreateIndex(
                name: "ix_registries_parcels_region_code_lot_number",
                table: "registries_parcels",
                columns: new[] { "region_code", "lot_number" });

            migrationBuilder.CreateIndex(
                name: "ix_registries_representatives_company_id",
                table: "registries_representatives",
                column: "company_id");

            migrationBuilder.CreateIndex(
                name: "ix_registries_representatives_resident_id",
                table: "registries_representatives",
                column: "resident_id");

            migrationBuilder.CreateIndex(
                name: "ix_registries_residences_resident_id_moved_in_on",
                table: "registries_residences",
                columns: new[] { "resident_id", "moved_in_on" });

            migrationBuilder.CreateIndex(
                name: "ix_registries_residents_household_id",
                table: "registries_residents",
                column: "household_id");

            migrationBuilder.CreateIndex(
                name: "ix_registries_residents_number_hash",
                table: "registries_residents",
                column: "number_hash",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "registries_addresses");

            migrationBuilder.DropTable(
                name: "registries_buildings");

            migrationBuilder.DropTable(
                name: "registries_companies");

            migrationBuilder.DropTable(
                name: "registries_encumbrances");

            migrationBuilder.DropTable(
                name: "registries_family_links");

            migrationBuilder.DropTable(
                name: "registries_households");

            migrationBuilder.DropTable(
                name: "registries_inbox");

            migrationBuilder.DropTable(
                name: "registries_keys");

            migrationBuilder.DropTable(
                name: "registries_outbox_deliveries");

            migrationBuilder.DropTable(
                name: "registries_outbox_messages");

            migrationBuilder.DropTable(
                name: "registries_ownerships");

            migrationBuilder.DropTable(
                name: "registries_parcels");

            migrationBuilder.DropTable(
                name: "registries_representatives");

            migrationBuilder.DropTable(
                name: "registries_residences");

            migrationBuilder.DropTable(
                name: "registries_residents");
        }
    }
}
