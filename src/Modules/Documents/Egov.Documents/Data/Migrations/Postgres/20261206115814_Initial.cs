using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Egov.Documents.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "documents");

            migrationBuilder.CreateTable(
                name: "inbox",
                schema: "documents",
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
                name: "issued_documents",
                schema: "documents",
                columns: table => new
                {
                    sequence = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<string>(type: "character varying(19)", maxLength: 19, nullable: false),
                    type_code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    subject_kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    subject_id = table.Column<Guid>(type: "uuid", nullable: false),
                    holder_id = table.Column<Guid>(type: "uuid", nullable: false),
                    requested_as = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    language = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    identifiers_revealed = table.Column<bool>(type: "boolean", nullable: false),
                    address_history = table.Column<bool>(type: "boolean", nullable: false),
                    purpose = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    facts = table.Column<string>(type: "text", nullable: false),
                    issued_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    verifiable_until = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    revoked_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    revocation_reason = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    hidden_by_holder = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_issued_documents", x => x.sequence);
                });

            migrationBuilder.CreateTable(
                name: "outbox_deliveries",
                schema: "documents",
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
                schema: "documents",
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
                name: "recipients",
                schema: "documents",
                columns: table => new
                {
                    client_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    webhook_url = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    protected_secret = table.Column<string>(type: "text", nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_recipients", x => x.client_id);
                });

            migrationBuilder.CreateTable(
                name: "document_files",
                schema: "documents",
                columns: table => new
                {
                    sequence = table.Column<long>(type: "bigint", nullable: false),
                    pdf = table.Column<byte[]>(type: "bytea", nullable: false),
                    credential = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_document_files", x => x.sequence);
                    table.ForeignKey(
                        name: "fk_document_files_issued_documents_sequence",
                        column: x => x.sequence,
                        principalSchema: "documents",
                        principalTable: "issued_documents",
                        principalColumn: "sequence",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "verifications",
                schema: "documents",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    document_sequence = table.Column<long>(type: "bigint", nullable: false),
                    at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    channel = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    verifier = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    outcome = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_verifications", x => x.id);
                    table.ForeignKey(
                        name: "fk_verifications_issued_documents_document_sequence",
                        column: x => x.document_sequence,
                        principalSchema: "documents",
                        principalTable: "issued_documents",
                        principalColumn: "sequence",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "document_requests",
                schema: "documents",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    client_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    resident_id = table.Column<Guid>(type: "uuid", nullable: false),
                    type_code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    purpose = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    requested_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    answered_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    answer = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    submission_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_document_requests", x => x.id);
                    table.ForeignKey(
                        name: "fk_document_requests_recipients_client_id",
                        column: x => x.client_id,
                        principalSchema: "documents",
                        principalTable: "recipients",
                        principalColumn: "client_id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "submissions",
                schema: "documents",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    document_sequence = table.Column<long>(type: "bigint", nullable: false),
                    client_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    purpose = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    submitted_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    notified_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    fetched_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_submissions", x => x.id);
                    table.ForeignKey(
                        name: "fk_submissions_issued_documents_document_sequence",
                        column: x => x.document_sequence,
                        principalSchema: "documents",
                        principalTable: "issued_documents",
                        principalColumn: "sequence",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_submissions_recipients_client_id",
                        column: x => x.client_id,
                        principalSchema: "documents",
                        principalTable: "recipients",
                        principalColumn: "client_id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_document_requests_client_id",
                schema: "documents",
                table: "document_requests",
                column: "client_id");

            migrationBuilder.CreateIndex(
                name: "ix_document_requests_resident_id_requested_at",
                schema: "documents",
                table: "document_requests",
                columns: new[] { "resident_id", "requested_at" });

            migrationBuilder.CreateIndex(
                name: "ix_issued_documents_holder_id_issued_at",
                schema: "documents",
                table: "issued_documents",
                columns: new[] { "holder_id", "issued_at" });

            migrationBuilder.CreateIndex(
                name: "ix_issued_documents_id",
                schema: "documents",
                table: "issued_documents",
                column: "id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_issued_documents_number",
                schema: "documents",
                table: "issued_documents",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_issued_documents_subject_kind_subject_id",
                schema: "documents",
                table: "issued_documents",
                columns: new[] { "subject_kind", "subject_id" });

            migrationBuilder.CreateIndex(
                name: "ix_outbox_deliveries_status",
                schema: "documents",
                table: "outbox_deliveries",
                column: "status");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_processed_at_next_attempt_at",
                schema: "documents",
                table: "outbox_messages",
                columns: new[] { "processed_at", "next_attempt_at" });

            migrationBuilder.CreateIndex(
                name: "ix_submissions_client_id",
                schema: "documents",
                table: "submissions",
                column: "client_id");

            migrationBuilder.CreateIndex(
                name: "ix_submissions_document_sequence",
                schema: "documents",
                table: "submissions",
                column: "document_sequence");

            migrationBuilder.CreateIndex(
                name: "ix_verifications_document_sequence_at",
                schema: "documents",
                table: "verifications",
                columns: new[] { "document_sequence", "at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "document_files",
                schema: "documents");

            migrationBuilder.DropTable(
                name: "document_requests",
                schema: "documents");

            migrationBuilder.DropTable(
                name: "inbox",
                schema: "documents");

            migrationBuilder.DropTable(
                name: "outbox_deliveries",
                schema: "documents");

            migrationBuilder.DropTable(
                name: "outbox_messages",
                schema: "documents");

            migrationBuilder.DropTable(
                name: "submissions",
                schema: "documents");

            migrationBuilder.DropTable(
                name: "verifications",
                schema: "documents");

            migrationBuilder.DropTable(
                name: "recipients",
                schema: "documents");

            migrationBuilder.DropTable(
                name: "issued_documents",
                schema: "documents");
        }
    }
}
