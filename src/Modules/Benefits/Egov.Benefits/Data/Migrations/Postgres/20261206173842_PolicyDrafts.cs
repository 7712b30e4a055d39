using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Egov.Benefits.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PolicyDrafts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "policy_drafts",
                schema: "benefits",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    benefit_code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    conditions_json = table.Column<string>(type: "text", nullable: false),
                    amount = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    as_of = table.Column<DateOnly>(type: "date", nullable: false),
                    drafted_by = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    heartbeat_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    people = table.Column<long>(type: "bigint", nullable: false),
                    total = table.Column<long>(type: "bigint", nullable: false),
                    current_count = table.Column<long>(type: "bigint", nullable: false),
                    draft_count = table.Column<long>(type: "bigint", nullable: false),
                    gained = table.Column<long>(type: "bigint", nullable: false),
                    lost = table.Column<long>(type: "bigint", nullable: false),
                    current_yearly_cost = table.Column<decimal>(type: "numeric(20,0)", precision: 20, scale: 0, nullable: false),
                    draft_yearly_cost = table.Column<decimal>(type: "numeric(20,0)", precision: 20, scale: 0, nullable: false),
                    finished_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    error = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_policy_drafts", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_policy_drafts_status_created_at",
                schema: "benefits",
                table: "policy_drafts",
                columns: new[] { "status", "created_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "policy_drafts",
                schema: "benefits");
        }
    }
}
