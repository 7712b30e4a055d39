using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Egov.Benefits.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PolicyDrafts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "benefits_policy_drafts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    benefit_code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    conditions_json = table.Column<string>(type: "TEXT", nullable: false),
                    amount = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    as_of = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    drafted_by = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    heartbeat_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    people = table.Column<long>(type: "INTEGER", nullable: false),
                    total = table.Column<long>(type: "INTEGER", nullable: false),
                    current_count = table.Column<long>(type: "INTEGER", nullable: false),
                    draft_count = table.Column<long>(type: "INTEGER", nullable: false),
                    gained = table.Column<long>(type: "INTEGER", nullable: false),
                    lost = table.Column<long>(type: "INTEGER", nullable: false),
                    current_yearly_cost = table.Column<decimal>(type: "TEXT", precision: 20, scale: 0, nullable: false),
                    draft_yearly_cost = table.Column<decimal>(type: "TEXT", precision: 20, scale: 0, nullable: false),
                    finished_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    error = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_benefits_policy_drafts", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_benefits_policy_drafts_status_created_at",
                table: "benefits_policy_drafts",
                columns: new[] { "status", "created_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "benefits_policy_drafts");
        }
    }
}
