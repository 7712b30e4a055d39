using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Egov.Registries.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class LifeEvents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "life_events",
                schema: "registries",
                columns: table => new
                {
                    sequence = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    resident_id = table.Column<Guid>(type: "uuid", nullable: false),
                    related_resident_id = table.Column<Guid>(type: "uuid", nullable: true),
                    effective_on = table.Column<DateOnly>(type: "date", nullable: false),
                    recorded_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    recorded_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    region_code = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_life_events", x => x.sequence);
                });

            migrationBuilder.CreateIndex(
                name: "ix_life_events_resident_id",
                schema: "registries",
                table: "life_events",
                column: "resident_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "life_events",
                schema: "registries");
        }
    }
}
