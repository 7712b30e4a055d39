using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Egov.Documents.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "documents_inbox",
                columns: table => new
                {
                    message_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    handler = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    processed_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_documents_inbox", x => new { x.message_id, x.handler });
                });

            migrationBuilder.CreateTable(
                name: "documents_issued_documents",
                columns: table => new
                {
                    sequence = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    number = table.Column<string>(type: "TEXT", maxLength: 19, nullable: false),
                    type_code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    subject_kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    subject_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    holder_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    requested_as = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    language = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    identifiers_revealed = table.Column<bool>(type: "INTEGER", nullable: false),
                    address_history = table.Column<bool>(type: "INTEGER", nullable: false),
                    purpose = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    facts = table.Column<string>(type: "TEXT", nullable: false),
                    issued_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    verifiable_until = table.Column<DateTime>(type: "TEXT", nullable: false),
                    revoked_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    revocation_reason = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    hidden_by_holder = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_documents_issued_documents", x => x.sequence);
                });

            migrationBuilder.CreateTable(
                name: "documents_outbox_deliveries",
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
                    table.PrimaryKey("pk_documents_outbox_deliveries", x => new { x.message_id, x.handler });
                });

            migrationBuilder.CreateTable(
                name: "documents_outbox_messages",
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
                    table.PrimaryKey("pk_documents_outbox_messages", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "documents_recipients",
                columns: table => new
                {
                    client_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    webhook_url = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    protected_secret = table.Column<string>(type: "TEXT", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_documents_recipients", x => x.client_id);
                });

            migrationBuilder.CreateTable(
                name: "documents_document_files",
                columns: table => new
                {
                    sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    pdf = table.Column<byte[]>(type: "BLOB", nullable: false),
                    credential = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_documents_document_files", x => x.sequence);
                    table.ForeignKey(
                        name: "fk_documents_document_files_issued_documents_sequence",
                        column: x => x.sequence,
                        principalTable: "documents_issued_documents",
                        principalColumn: "sequence",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "documents_verifications",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    document_sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    channel = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    verifier = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    outcome = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_documents_verifications", x => x.id);
                    table.ForeignKey(
                        name: "fk_documents_verifications_documents_issued_documents_document_sequence",
                        column: x => x.document_sequence,
                        principalTable: "documents_issued_documents",
                        principalColumn: "sequence",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "documents_document_requests",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    client_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    resident_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    type_code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    purpose = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    requested_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    answered_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    answer = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    submission_id = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_documents_document_requests", x => x.id);
                    table.ForeignKey(
                        name: "fk_documents_document_requests_recipients_client_id",
                        column: x => x.client_id,
                        principalTable: "documents_recipients",
                        principalColumn: "client_id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "documents_submissions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    document_sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    client_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    purpose = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    submitted_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    notified_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    fetched_at = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_documents_submissions", x => x.id);
                    table.ForeignKey(
                        name: "fk_documents_submissions_documents_issued_documents_document_sequence",
                        column: x => x.document_sequence,
                        principalTable: "documents_issued_documents",
                        principalColumn: "sequence",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_documents_submissions_documents_recipients_client_id",
                        column: x => x.client_id,
                        principalTable: "documents_recipients",
                        principalColumn: "client_id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_documents_document_requests_client_id",
                table: "documents_document_requests",
                column: "client_id");

            migrationBuilder.CreateIndex(
                name: "ix_documents_document_requests_resident_id_requested_at",
                table: "documents_document_requests",
                columns: new[] { "resident_id", "requested_at" });

            migrationBuilder.CreateIndex(
                name: "ix_documents_issued_documents_holder_id_issued_at",
                table: "documents_issued_documents",
                columns: new[] { "holder_id", "issued_at" });

            migrationBuilder.CreateIndex(
                name: "ix_documents_issued_documents_id",
                table: "documents_issued_documents",
                column: "id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_documents_issued_documents_number",
                table: "documents_issued_documents",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_documents_issued_documents_subject_kind_subject_id",
                table: "documents_issued_documents",
                columns: new[] { "subject_kind", "subject_id" });

            migrationBuilder.CreateIndex(
                name: "ix_documents_outbox_deliveries_status",
                table: "documents_outbox_deliveries",
                column: "status");

            migrationBuilder.CreateIndex(
                name: "ix_documents_outbox_messages_processed_at_next_attempt_at",
                table: "documents_outbox_messages",
                columns: new[] { "processed_at", "next_attempt_at" });

            migrationBuilder.CreateIndex(
                name: "ix_documents_submissions_client_id",
                table: "documents_submissions",
                column: "client_id");

            migrationBuilder.CreateIndex(
                name: "ix_documents_submissions_document_sequence",
                table: "documents_submissions",
                column: "document_sequence");

            migrationBuilder.CreateIndex(
                name: "ix_documents_verifications_document_sequence_at",
                table: "documents_verifications",
                columns: new[] { "document_sequence", "at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "documents_document_files");

            migrationBuilder.DropTable(
                name: "documents_document_requests");

            migrationBuilder.DropTable(
                name: "documents_inbox");

            migrationBuilder.DropTable(
                name: "documents_outbox_deliveries");

            migrationBuilder.DropTable(
                name: "documents_outbox_messages");

            migrationBuilder.DropTable(
                name: "documents_submissions");

            migrationBuilder.DropTable(
                name: "documents_verifications");

            migrationBuilder.DropTable(
                name: "documents_recipients");

            migrationBuilder.DropTable(
                name: "documents_issued_documents");
        }
    }
}
