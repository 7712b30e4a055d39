using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Egov.Registries.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Registers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "registries");

            migrationBuilder.CreateTable(
                name: "addresses",
                schema: "registries",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    region_code = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    postal_code = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    road = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    building = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    detail = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_addresses", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "buildings",
                schema: "registries",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    parcel_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    use = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    floors = table.Column<int>(type: "integer", nullable: false),
                    floor_area_m2 = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    completed_on = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_buildings", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "companies",
                schema: "registries",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    business_number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    region_code = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    address_id = table.Column<Guid>(type: "uuid", nullable: true),
                    founded_on = table.Column<DateOnly>(type: "date", nullable: true),
                    closed_on = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_companies", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "encumbrances",
                schema: "registries",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    property_kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    property_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    amount = table.Column<long>(type: "bigint", nullable: false),
                    creditor = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    registered_on = table.Column<DateOnly>(type: "date", nullable: false),
                    cancelled_on = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_encumbrances", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "family_links",
                schema: "registries",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    resident_id = table.Column<Guid>(type: "uuid", nullable: false),
                    relative_id = table.Column<Guid>(type: "uuid", nullable: false),
                    relation = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    since = table.Column<DateOnly>(type: "date", nullable: true),
                    until = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_family_links", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "households",
                schema: "registries",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    address_id = table.Column<Guid>(type: "uuid", nullable: false),
                    formed_on = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_households", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "inbox",
                schema: "registries",
                columns: table => new
                {
                    message_id = table.Column<Guid>(type: "uuid", nullable: false),
                    handler = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    processed_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_inbox", x => new { x.message_id, x.handler });
                });

            migrationBuilder.CreateTable(
                name: "keys",
                schema: "registries",
                columns: table => new
                {
                    id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    protected_key = table.Column<string>(type: "text", nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_keys", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "outbox_deliveries",
                schema: "registries",
                columns: table => new
                {
                    message_id = table.Column<Guid>(type: "uuid", nullable: false),
                    handler = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    next_attempt_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    last_error = table.Column<string>(type: "text", nullable: true),
                    completed_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_outbox_deliveries", x => new { x.message_id, x.handler });
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                schema: "registries",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    type = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    payload = table.Column<string>(type: "text", nullable: false),
                    occurred_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    processed_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    next_attempt_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    lease_owner = table.Column<string>(type: "text", nullable: true),
                    lease_until = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_outbox_messages", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "ownerships",
                schema: "registries",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    property_kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    property_id = table.Column<Guid>(type: "uuid", nullable: false),
                    owner_kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    owner_id = table.Column<Guid>(type: "uuid", nullable: false),
                    share_numerator = table.Column<int>(type: "integer", nullable: false),
                    share_denominator = table.Column<int>(type: "integer", nullable: false),
                    acquired_on = table.Column<DateOnly>(type: "date", nullable: false),
                    cause = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    disposed_on = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_ownerships", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "parcels",
                schema: "registries",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    region_code = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    lot_number = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    land_category = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    area_m2 = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_parcels", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "representatives",
                schema: "registries",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    company_id = table.Column<Guid>(type: "uuid", nullable: false),
                    resident_id = table.Column<Guid>(type: "uuid", nullable: false),
                    since = table.Column<DateOnly>(type: "date", nullable: true),
                    until = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_representatives", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "residences",
                schema: "registries",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    resident_id = table.Column<Guid>(type: "uuid", nullable: false),
                    address_id = table.Column<Guid>(type: "uuid", nullable: false),
                    moved_in_on = table.Column<DateOnly>(type: "date", nullable: false),
                    moved_out_on = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_residences", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "residents",
                schema: "registries",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    number_cipher = table.Column<byte[]>(type: "bytea", maxLength: 64, nullable: false),
                    number_hash = table.Column<byte[]>(type: "bytea", maxLength: 32, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    latin_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    birth_date = table.Column<DateOnly>(type: "date", nullable: false),
                    sex = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    nationality = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    died_on = table.Column<DateOnly>(type: "date", nullable: true),
                    region_code = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    household_id = table.Column<Guid>(type: "uuid", nullable: true),
                    relation_to_head = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    phone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_residents", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_buildings_parcel_id",
                schema: "registries",
                table: "buildings",
                column: "parcel_id");

            migrationBuilder.CreateIndex(
                name: "ix_companies_business_number",
                schema: "registries",
                table: "companies",
                column: "business_number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_encumbrances_property_kind_property_id",
                schema: "registries",
                table: "encumbrances",
                columns: new[] { "property_kind", "property_id" });

            migrationBuilder.CreateIndex(
                name: "ix_family_links_relative_id",
                schema: "registries",
                table: "family_links",
                column: "relative_id");

            migrationBuilder.CreateIndex(
                name: "ix_family_links_resident_id",
                schema: "registries",
                table: "family_links",
                column: "resident_id");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_deliveries_status",
                schema: "registries",
                table: "outbox_deliveries",
                column: "status");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_processed_at_next_attempt_at",
                schema: "registries",
                table: "outbox_messages",
                columns: new[] { "processed_at", "next_attempt_at" });

            migrationBuilder.CreateIndex(
                name: "ix_ownerships_owner_kind_owner_id",
                schema: "registries",
                table: "ownerships",
                columns: new[] { "owner_kind", "owner_id" });

            migrationBuilder.CreateIndex(
                name: "ix_ownerships_property_kind_property_id",
                schema: "registries",
                table: "ownerships",
                columns: new[] { "property_kind", "property_id" });

            migrationBuilder.CreateIndex(
                name: "ix_parcels_region_code_lot_number",
                schema: "registries",
                table: "parcels",
                columns: new[] { "region_code", "lot_number" });

            migrationBuilder.CreateIndex(
                name: "ix_representatives_company_id",
                schema: "registries",
                table: "representatives",
                column: "company_id");

            migrationBuilder.CreateIndex(
                name: "ix_representatives_resident_id",
                schema: "registries",
                table: "representatives",
                column: "resident_id");

            migrationBuilder.CreateIndex(
                name: "ix_residences_resident_id_moved_in_on",
                schema: "registries",
                table: "residences",
                columns: new[] { "resident_id", "moved_in_on" });

            migrationBuilder.CreateIndex(
                name: "ix_residents_household_id",
                schema: "registries",
                table: "residents",
                column: "household_id");

            migrationBuilder.CreateIndex(
                name: "ix_residents_number_hash",
                schema: "registries",
                table: "residents",
                column: "number_hash",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "addresses",
                schema: "registries");

            migrationBuilder.DropTable(
                name: "buildings",
                schema: "registries");

            migrationBuilder.DropTable(
                name: "companies",
                schema: "registries");

            migrationBuilder.DropTable(
                name: "encumbrances",
                schema: "registries");

            migrationBuilder.DropTable(
                name: "family_links",
                schema: "registries");

            migrationBuilder.DropTable(
                name: "households",
                schema: "registries");

            migrationBuilder.DropTable(
                name: "inbox",
                schema: "registries");

            migrationBuilder.DropTable(
                name: "keys",
                schema: "registries");

            migrationBuilder.DropTable(
                name: "outbox_deliveries",
                schema: "registries");

            migrationBuilder.DropTable(
                name: "outbox_messages",
                schema: "registries");

            migrationBuilder.DropTable(
                name: "ownerships",
                schema: "registries");

            migrationBuilder.DropTable(
                name: "parcels",
                schema: "registries");

            migrationBuilder.DropTable(
                name: "representatives",
                schema: "registries");

            migrationBuilder.DropTable(
                name: "residences",
                schema: "registries");

            migrationBuilder.DropTable(
                name: "residents",
                schema: "registries");
        }
    }
}
