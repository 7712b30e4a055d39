using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Egov.Org.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "org_delegation_rows",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    agency_code = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    position = table.Column<int>(type: "INTEGER", nullable: false),
                    document_type = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    min_amount = table.Column<decimal>(type: "TEXT", precision: 20, scale: 2, nullable: true),
                    max_amount = table.Column<decimal>(type: "TEXT", precision: 20, scale: 2, nullable: true),
                    post_code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    subject = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_org_delegation_rows", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "org_delegation_tables",
                columns: table => new
                {
                    agency_code = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    adopted_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_org_delegation_tables", x => x.agency_code);
                });

            migrationBuilder.CreateTable(
                name: "org_departments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    agency_code = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    parent_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    names = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    head_post_code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_org_departments", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "org_inbox",
                columns: table => new
                {
                    message_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    handler = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    processed_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_org_inbox", x => new { x.message_id, x.handler });
                });

            migrationBuilder.CreateTable(
                name: "org_outbox_deliveries",
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
                    table.PrimaryKey("pk_org_outbox_deliveries", x => new { x.message_id, x.handler });
                });

            migrationBuilder.CreateTable(
                name: "org_outbox_messages",
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
                    table.PrimaryKey("pk_org_outbox_messages", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "org_officials",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    employee_number = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    agency_code = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    department_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    post_code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    grade_code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    departed_on = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_org_officials", x => x.id);
                    table.ForeignKey(
                        name: "fk_org_officials_org_departments_department_id",
                        column: x => x.department_id,
                        principalTable: "org_departments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "org_history",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    official_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    department_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    post_code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    grade_code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    until = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    deputy_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    recorded_by = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    recorded_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_org_history", x => x.id);
                    table.ForeignKey(
                        name: "fk_org_history_org_officials_official_id",
                        column: x => x.official_id,
                        principalTable: "org_officials",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "org_leaves",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    official_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    from = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    to = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    deputy_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    returned_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    recorded_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_org_leaves", x => x.id);
                    table.ForeignKey(
                        name: "fk_org_leaves_officials_deputy_id",
                        column: x => x.deputy_id,
                        principalTable: "org_officials",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_org_leaves_officials_official_id",
                        column: x => x.official_id,
                        principalTable: "org_officials",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_org_delegation_rows_agency_code_position",
                table: "org_delegation_rows",
                columns: new[] { "agency_code", "position" });

            migrationBuilder.CreateIndex(
                name: "ix_org_departments_agency_code_code",
                table: "org_departments",
                columns: new[] { "agency_code", "code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_org_departments_parent_id",
                table: "org_departments",
                column: "parent_id");

            migrationBuilder.CreateIndex(
                name: "ix_org_history_official_id_on",
                table: "org_history",
                columns: new[] { "official_id", "on" });

            migrationBuilder.CreateIndex(
                name: "ix_org_leaves_deputy_id",
                table: "org_leaves",
                column: "deputy_id");

            migrationBuilder.CreateIndex(
                name: "ix_org_leaves_official_id_from",
                table: "org_leaves",
                columns: new[] { "official_id", "from" });

            migrationBuilder.CreateIndex(
                name: "ix_org_officials_agency_code",
                table: "org_officials",
                column: "agency_code");

            migrationBuilder.CreateIndex(
                name: "ix_org_officials_department_id",
                table: "org_officials",
                column: "department_id");

            migrationBuilder.CreateIndex(
                name: "ix_org_officials_employee_number",
                table: "org_officials",
                column: "employee_number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_org_outbox_deliveries_status",
                table: "org_outbox_deliveries",
                column: "status");

            migrationBuilder.CreateIndex(
                name: "ix_org_outbox_messages_processed_at_next_attempt_at",
                table: "org_outbox_messages",
                columns: new[] { "processed_at", "next_attempt_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "org_delegation_rows");

            migrationBuilder.DropTable(
                name: "org_delegation_tables");

            migrationBuilder.DropTable(
                name: "org_history");

            migrationBuilder.DropTable(
                name: "org_inbox");

            migrationBuilder.DropTable(
                name: "org_leaves");

            migrationBuilder.DropTable(
                name: "org_outbox_deliveries");

            migrationBuilder.DropTable(
                name: "org_outbox_messages");

            migrationBuilder.DropTable(
                name: "org_officials");

            migrationBuilder.DropTable(
                name: "org_departments");
        }
    }
}
