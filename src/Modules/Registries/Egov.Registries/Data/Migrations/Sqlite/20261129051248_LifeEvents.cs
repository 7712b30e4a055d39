using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Egov.Registries.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class LifeEvents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "registries_life_events",
                columns: table => new
                {
                    sequence = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    resident_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    related_resident_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    effective_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    recorded_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    recorded_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    region_code = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_registries_life_events", x => x.sequence);
                });

            migrationBuilder.CreateIndex(
                name: "ix_registries_life_events_resident_id",
                table: "registries_life_events",
                column: "resident_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "registries_life_events");
        }
    }
}
