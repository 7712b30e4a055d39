using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Egov.Approvals.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Documents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "documents",
                schema: "approvals",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    agency_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    department_id = table.Column<Guid>(type: "uuid", nullable: false),
                    drafter_number = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    drafter_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    document_type = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    classification = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    retention = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    recipients = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    via = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    is_public = table.Column<bool>(type: "boolean", nullable: false),
                    authority_rule = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    round = table.Column<int>(type: "integer", nullable: false),
                    number = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    serial = table.Column<long>(type: "bigint", nullable: true),
                    enforced_on = table.Column<DateOnly>(type: "date", nullable: true),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    approved_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    source_client = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    source_key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_documents", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "official_notices",
                schema: "approvals",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    official_number = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    document_id = table.Column<Guid>(type: "uuid", nullable: false),
                    action = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    actor_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    read_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_official_notices", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "saved_lines",
                schema: "approvals",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    owner_number = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    choices = table.Column<string>(type: "text", nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_saved_lines", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "entries",
                schema: "approvals",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    document_id = table.Column<Guid>(type: "uuid", nullable: false),
                    sequence = table.Column<int>(type: "integer", nullable: false),
                    at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    round = table.Column<int>(type: "integer", nullable: false),
                    revision = table.Column<int>(type: "integer", nullable: false),
                    action = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    actor_number = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    actor_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    for_number = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    opinion = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_entries", x => x.id);
                    table.ForeignKey(
                        name: "fk_entries_documents_document_id",
                        column: x => x.document_id,
                        principalSchema: "approvals",
                        principalTable: "documents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "revisions",
                schema: "approvals",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    document_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    content = table.Column<string>(type: "text", nullable: false),
                    attachments = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    author_number = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_revisions", x => x.id);
                    table.ForeignKey(
                        name: "fk_revisions_documents_document_id",
                        column: x => x.document_id,
                        principalSchema: "approvals",
                        principalTable: "documents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "sealed_copies",
                schema: "approvals",
                columns: table => new
                {
                    document_id = table.Column<Guid>(type: "uuid", nullable: false),
                    pdf = table.Column<byte[]>(type: "bytea", nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sealed_copies", x => x.document_id);
                    table.ForeignKey(
                        name: "fk_sealed_copies_documents_document_id",
                        column: x => x.document_id,
                        principalSchema: "approvals",
                        principalTable: "documents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "steps",
                schema: "approvals",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    document_id = table.Column<Guid>(type: "uuid", nullable: false),
                    round = table.Column<int>(type: "integer", nullable: false),
                    order = table.Column<int>(type: "integer", nullable: false),
                    kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    assignee_number = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    assignee_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    department_id = table.Column<Guid>(type: "uuid", nullable: false),
                    is_delegated = table.Column<bool>(type: "boolean", nullable: false),
                    stand_in_number = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    state = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    acted_by_number = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    acted_by_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    is_proxy = table.Column<bool>(type: "boolean", nullable: false),
                    acted_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    opinion = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_steps", x => x.id);
                    table.ForeignKey(
                        name: "fk_steps_documents_document_id",
                        column: x => x.document_id,
                        principalSchema: "approvals",
                        principalTable: "documents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_documents_agency_code_number",
                schema: "approvals",
                table: "documents",
                columns: new[] { "agency_code", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_documents_drafter_number_status_updated_at",
                schema: "approvals",
                table: "documents",
                columns: new[] { "drafter_number", "status", "updated_at" });

            migrationBuilder.CreateIndex(
                name: "ix_documents_source_client_source_key",
                schema: "approvals",
                table: "documents",
                columns: new[] { "source_client", "source_key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_documents_status_retention_approved_at",
                schema: "approvals",
                table: "documents",
                columns: new[] { "status", "retention", "approved_at" });

            migrationBuilder.CreateIndex(
                name: "ix_entries_document_id_sequence",
                schema: "approvals",
                table: "entries",
                columns: new[] { "document_id", "sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_official_notices_official_number_created_at",
                schema: "approvals",
                table: "official_notices",
                columns: new[] { "official_number", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_revisions_document_id_number",
                schema: "approvals",
                table: "revisions",
                columns: new[] { "document_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_saved_lines_owner_number",
                schema: "approvals",
                table: "saved_lines",
                column: "owner_number");

            migrationBuilder.CreateIndex(
                name: "ix_steps_assignee_number_state",
                schema: "approvals",
                table: "steps",
                columns: new[] { "assignee_number", "state" });

            migrationBuilder.CreateIndex(
                name: "ix_steps_document_id",
                schema: "approvals",
                table: "steps",
                column: "document_id");

            migrationBuilder.CreateIndex(
                name: "ix_steps_stand_in_number_state",
                schema: "approvals",
                table: "steps",
                columns: new[] { "stand_in_number", "state" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "entries",
                schema: "approvals");

            migrationBuilder.DropTable(
                name: "official_notices",
                schema: "approvals");

            migrationBuilder.DropTable(
                name: "revisions",
                schema: "approvals");

            migrationBuilder.DropTable(
                name: "saved_lines",
                schema: "approvals");

            migrationBuilder.DropTable(
                name: "sealed_copies",
                schema: "approvals");

            migrationBuilder.DropTable(
                name: "steps",
                schema: "approvals");

            migrationBuilder.DropTable(
                name: "documents",
                schema: "approvals");
        }
    }
}
