using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Egov.Registries.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class RegistryImports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "file_id",
                schema: "registries",
                table: "residents",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "file_id",
                schema: "registries",
                table: "residences",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "file_id",
                schema: "registries",
                table: "representatives",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "file_id",
                schema: "registries",
                table: "parcels",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "file_id",
                schema: "registries",
                table: "ownerships",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "file_id",
                schema: "registries",
                table: "households",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "file_id",
                schema: "registries",
                table: "family_links",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "file_id",
                schema: "registries",
                table: "encumbrances",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "file_id",
                schema: "registries",
                table: "companies",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "file_id",
                schema: "registries",
                table: "buildings",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "file_id",
                schema: "registries",
                table: "addresses",
                type: "bigint",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "imports",
                schema: "registries",
                columns: table => new
                {
                    source = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    file = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    batch = table.Column<int>(type: "integer", nullable: false),
                    first_line = table.Column<long>(type: "bigint", nullable: false),
                    last_line = table.Column<long>(type: "bigint", nullable: false),
                    rows = table.Column<int>(type: "integer", nullable: false),
                    committed_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_imports", x => new { x.source, x.file, x.batch });
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "imports",
                schema: "registries");

            migrationBuilder.DropColumn(
                name: "file_id",
                schema: "registries",
                table: "residents");

            migrationBuilder.DropColumn(
                name: "file_id",
                schema: "registries",
                table: "residences");

            migrationBuilder.DropColumn(
                name: "file_id",
                schema: "registries",
                table: "representatives");

            migrationBuilder.DropColumn(
                name: "file_id",
                schema: "registries",
                table: "parcels");

            migrationBuilder.DropColumn(
                name: "file_id",
                schema: "registries",
                table: "ownerships");

            migrationBuilder.DropColumn(
                name: "file_id",
                schema: "registries",
                table: "households");

            migrationBuilder.DropColumn(
                name: "file_id",
                schema: "registries",
                table: "family_links");

            migrationBuilder.DropColumn(
                name: "file_id",
                schema: "registries",
                table: "encumbrances");

            migrationBuilder.DropColumn(
                name: "file_id",
                schema: "registries",
                table: "companies");

            migrationBuilder.DropColumn(
                name: "file_id",
                schema: "registries",
                table: "buildings");

            migrationBuilder.DropColumn(
                name: "file_id",
                schema: "registries",
                table: "addresses");
        }
    }
}
