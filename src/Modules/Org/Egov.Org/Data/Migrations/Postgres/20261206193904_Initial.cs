using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Egov.Org.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "org");

            migrationBuilder.CreateTable(
                name: "delegation_rows",
                schema: "org",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    agency_code = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false),
                    document_type = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    min_amount = table.Column<decimal>(type: "numeric(20,2)", precision: 20, scale: 2, nullable: true),
                    max_amount = table.Column<decimal>(type: "numeric(20,2)", precision: 20, scale: 2, nullable: true),
                    post_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    subject = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_delegation_rows", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "delegation_tables",
                schema: "org",
                columns: table => new
                {
                    agency_code = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    adopted_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_delegation_tables", x => x.agency_code);
                });

            migrationBuilder.CreateTable(
                name: "departments",
                schema: "org",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    agency_code = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    parent_id = table.Column<Guid>(type: "uuid", nullable: true),
                    code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    names = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    head_post_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_departments", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "inbox",
                schema: "org",
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
                name: "outbox_deliveries",
                schema: "org",
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
                schema: "org",
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
                name: "officials",
                schema: "org",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    employee_number = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    agency_code = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    department_id = table.Column<Guid>(type: "uuid", nullable: false),
                    post_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    grade_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    departed_on = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_officials", x => x.id);
                    table.ForeignKey(
                        name: "fk_officials_departments_department_id",
                        column: x => x.department_id,
                        principalSchema: "org",
                        principalTable: "departments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "history",
                schema: "org",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    official_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    on = table.Column<DateOnly>(type: "date", nullable: false),
                    department_id = table.Column<Guid>(type: "uuid", nullable: true),
                    post_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    grade_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    until = table.Column<DateOnly>(type: "date", nullable: true),
                    deputy_id = table.Column<Guid>(type: "uuid", nullable: true),
                    recorded_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    recorded_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_history", x => x.id);
                    table.ForeignKey(
                        name: "fk_history_officials_official_id",
                        column: x => x.official_id,
                        principalSchema: "org",
                        principalTable: "officials",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "leaves",
                schema: "org",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    official_id = table.Column<Guid>(type: "uuid", nullable: false),
                    from = table.Column<DateOnly>(type: "date", nullable: false),
                    to = table.Column<DateOnly>(type: "date", nullable: false),
                    deputy_id = table.Column<Guid>(type: "uuid", nullable: false),
                    returned_on = table.Column<DateOnly>(type: "date", nullable: true),
                    recorded_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_leaves", x => x.id);
                    table.ForeignKey(
                        name: "fk_leaves_officials_deputy_id",
                        column: x => x.deputy_id,
                        principalSchema: "org",
                        principalTable: "officials",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_leaves_officials_official_id",
                        column: x => x.official_id,
                        principalSchema: "org",
                        principalTable: "officials",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_delegation_rows_agency_code_position",
                schema: "org",
                table: "delegation_rows",
                columns: new[] { "agency_code", "position" });

            migrationBuilder.CreateIndex(
                name: "ix_departments_agency_code_code",
                schema: "org",
                table: "departments",
                columns: new[] { "agency_code", "code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_departments_parent_id",
                schema: "org",
                table: "departments",
                column: "parent_id");

            migrationBuilder.CreateIndex(
                name: "ix_history_official_id_on",
                schema: "org",
                table: "history",
                columns: new[] { "official_id", "on" });

            migrationBuilder.CreateIndex(
                name: "ix_leaves_deputy_id",
                schema: "org",
                table: "leaves",
                column: "deputy_id");

            migrationBuilder.CreateIndex(
                name: "ix_leaves_official_id_from",
                schema: "org",
                table: "leaves",
                columns: new[] { "official_id", "from" });

            migrationBuilder.CreateIndex(
                name: "ix_officials_agency_code",
                schema: "org",
                table: "officials",
                column: "agency_code");

            migrationBuilder.CreateIndex(
                name: "ix_officials_department_id",
                schema: "org",
                table: "officials",
                column: "department_id");

            migrationBuilder.CreateIndex(
                name: "ix_officials_employee_number",
                schema: "org",
                table: "officials",
                column: "employee_number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_outbox_deliveries_status",
                schema: "org",
                table: "outbox_deliveries",
                column: "status");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_processed_at_next_attempt_at",
                schema: "org",
                table: "outbox_messages",
                columns: new[] { "processed_at", "next_attempt_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "delegation_rows",
                schema: "org");

            migrationBuilder.DropTable(
                name: "delegation_tables",
                schema: "org");

            migrationBuilder.DropTable(
                name: "history",
                schema: "org");

            migrationBuilder.DropTable(
                name: "inbox",
                schema: "org");

            migrationBuilder.DropTable(
                name: "leaves",
                schema: "org");

            migrationBuilder.DropTable(
                name: "outbox_deliveries",
                schema: "org");

            migrationBuilder.DropTable(
                name: "outbox_messages",
                schema: "org");

            migrationBuilder.DropTable(
                name: "officials",
                schema: "org");

            migrationBuilder.DropTable(
                name: "departments",
                schema: "org");
        }
    }
}
