using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Egov.Approvals.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "approvals_inbox",
                columns: table => new
                {
                    message_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    handler = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    processed_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_approvals_inbox", x => new { x.message_id, x.handler });
                });

            migrationBuilder.CreateTable(
                name: "approvals_number_counters",
                columns: table => new
                {
                    agency_code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    classification = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    last_serial = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_approvals_number_counters", x => new { x.agency_code, x.classification, x.year });
                });

            migrationBuilder.CreateTable(
                name: "approvals_outbox_deliveries",
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
                    table.PrimaryKey("pk_approvals_outbox_deliveries", x => new { x.message_id, x.handler });
                });

            migrationBuilder.CreateTable(
                name: "approvals_outbox_messages",
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
                    table.PrimaryKey("pk_approvals_outbox_messages", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_approvals_outbox_deliveries_status",
                table: "approvals_outbox_deliveries",
                column: "status");

            migrationBuilder.CreateIndex(
                name: "ix_approvals_outbox_messages_processed_at_next_attempt_at",
                table: "approvals_outbox_messages",
                columns: new[] { "processed_at", "next_attempt_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "approvals_inbox");

            migrationBuilder.DropTable(
                name: "approvals_number_counters");

            migrationBuilder.DropTable(
                name: "approvals_outbox_deliveries");

            migrationBuilder.DropTable(
                name: "approvals_outbox_messages");
        }
    }
}
