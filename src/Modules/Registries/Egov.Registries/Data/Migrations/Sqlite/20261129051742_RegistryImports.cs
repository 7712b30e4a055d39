using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Egov.Registries.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RegistryImports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "file_id",
                table: "registries_residents",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "file_id",
                table: "registries_residences",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "file_id",
                table: "registries_representatives",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "file_id",
                table: "registries_parcels",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "file_id",
                table: "registries_ownerships",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "file_id",
                table: "registries_households",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "file_id",
                table: "registries_family_links",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "file_id",
                table: "registries_encumbrances",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "file_id",
                table: "registries_companies",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "file_id",
                table: "registries_buildings",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "file_id",
                table: "registries_addresses",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "registries_imports",
                columns: table => new
                {
                    source = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    file = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    batch = table.Column<int>(type: "INTEGER", nullable: false),
                    first_line = table.Column<long>(type: "INTEGER", nullable: false),
                    last_line = table.Column<long>(type: "INTEGER", nullable: false),
                    rows = table.Column<int>(type: "INTEGER", nullable: false),
                    committed_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_registries_imports", x => new { x.source, x.file, x.batch });
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "registries_imports");

            migrationBuilder.DropColumn(
                name: "file_id",
                table: "registries_residents");

            migrationBuilder.DropColumn(
                name: "file_id",
                table: "registries_residences");

            migrationBuilder.DropColumn(
                name: "file_id",
                table: "registries_representatives");

            migrationBuilder.DropColumn(
                name: "file_id",
                table: "registries_parcels");

            migrationBuilder.DropColumn(
                name: "file_id",
                table: "registries_ownerships");

            migrationBuilder.DropColumn(
                name: "file_id",
                table: "registries_households");

            migrationBuilder.DropColumn(
                name: "file_id",
                table: "registries_family_links");

            migrationBuilder.DropColumn(
                name: "file_id",
                table: "registries_encumbrances");

            migrationBuilder.DropColumn(
                name: "file_id",
                table: "registries_companies");

            migrationBuilder.DropColumn(
                name: "file_id",
                table: "registries_buildings");

            migrationBuilder.DropColumn(
                name: "file_id",
                table: "registries_addresses");
        }
    }
}
