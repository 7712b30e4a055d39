using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Egov.Approvals.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Documents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "approvals_documents",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    agency_code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    department_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    drafter_number = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    drafter_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    document_type = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    classification = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    retention = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    recipients = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    via = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    is_public = table.Column<bool>(type: "INTEGER", nullable: false),
                    authority_rule = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    round = table.Column<int>(type: "INTEGER", nullable: false),
                    number = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    serial = table.Column<long>(type: "INTEGER", nullable: true),
                    enforced_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    approved_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    source_client = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    source_key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_approvals_documents", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "approvals_official_notices",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    official_number = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    document_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    action = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    actor_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    read_at = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_approvals_official_notices", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "approvals_saved_lines",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    owner_number = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    choices = table.Column<string>(type: "TEXT", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_approvals_saved_lines", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "approvals_entries",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    document_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    round = table.Column<int>(type: "INTEGER", nullable: false),
                    revision = table.Column<int>(type: "INTEGER", nullable: false),
                    action = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    actor_number = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    actor_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    for_number = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    opinion = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_approvals_entries", x => x.id);
                    table.ForeignKey(
                        name: "fk_approvals_entries_approvals_documents_document_id",
                        column: x => x.document_id,
                        principalTable: "approvals_documents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "approvals_revisions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    document_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    number = table.Column<int>(type: "INTEGER", nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    content = table.Column<string>(type: "TEXT", nullable: false),
                    attachments = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    author_number = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_approvals_revisions", x => x.id);
                    table.ForeignKey(
                        name: "fk_approvals_revisions_approvals_documents_document_id",
                        column: x => x.document_id,
                        principalTable: "approvals_documents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "approvals_sealed_copies",
                columns: table => new
                {
                    document_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    pdf = table.Column<byte[]>(type: "BLOB", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_approvals_sealed_copies", x => x.document_id);
                    table.ForeignKey(
                        name: "fk_approvals_sealed_copies_approvals_documents_document_id",
                        column: x => x.document_id,
                        principalTable: "approvals_documents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "approvals_steps",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    document_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    round = table.Column<int>(type: "INTEGER", nullable: false),
                    order = table.Column<int>(type: "INTEGER", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    assignee_number = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    assignee_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    department_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    is_delegated = table.Column<bool>(type: "INTEGER", nullable: false),
                    stand_in_number = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    state = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    acted_by_number = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    acted_by_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    is_proxy = table.Column<bool>(type: "INTEGER", nullable: false),
                    acted_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    opinion = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_approvals_steps", x => x.id);
                    table.ForeignKey(
                        name: "fk_approvals_steps_approvals_documents_document_id",
                        column: x => x.document_id,
                        principalTable: "approvals_documents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_approvals_documents_agency_code_number",
                table: "approvals_documents",
                columns: new[] { "agency_code", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_approvals_documents_drafter_number_status_updated_at",
                table: "approvals_documents",
                columns: new[] { "drafter_number", "status", "updated_at" });

            migrationBuilder.CreateIndex(
                name: "ix_approvals_documents_source_client_source_key",
                table: "approvals_documents",
                columns: new[] { "source_client", "source_key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_approvals_documents_status_retention_approved_at",
                table: "approvals_documents",
                columns: new[] { "status", "retention", "approved_at" });

            migrationBuilder.CreateIndex(
                name: "ix_approvals_entries_document_id_sequence",
                table: "approvals_entries",
                columns: new[] { "document_id", "sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_approvals_official_notices_official_number_created_at",
                table: "approvals_official_notices",
                columns: new[] { "official_number", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_approvals_revisions_document_id_number",
                table: "approvals_revisions",
                columns: new[] { "document_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_approvals_saved_lines_owner_number",
                table: "approvals_saved_lines",
                column: "owner_number");

            migrationBuilder.CreateIndex(
                name: "ix_approvals_steps_assignee_number_state",
                table: "approvals_steps",
                columns: new[] { "assignee_number", "state" });

            migrationBuilder.CreateIndex(
                name: "ix_approvals_steps_document_id",
                table: "approvals_steps",
                column: "document_id");

            migrationBuilder.CreateIndex(
                name: "ix_approvals_steps_stand_in_number_state",
                table: "approvals_steps",
                columns: new[] { "stand_in_number", "state" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "approvals_entries");

            migrationBuilder.DropTable(
                name: "approvals_official_notices");

            migrationBuilder.DropTable(
                name: "approvals_revisions");

            migrationBuilder.DropTable(
                name: "approvals_saved_lines");

            migrationBuilder.DropTable(
                name: "approvals_sealed_copies");

            migrationBuilder.DropTable(
                name: "approvals_steps");

            migrationBuilder.DropTable(
                name: "approvals_documents");
        }
    }
}
