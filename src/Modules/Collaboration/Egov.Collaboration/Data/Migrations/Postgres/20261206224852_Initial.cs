using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Egov.Collaboration.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "collaboration");

            migrationBuilder.CreateTable(
                name: "comments",
                schema: "collaboration",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    subject_kind = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    subject_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    author_number = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    author_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    edited_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_comments", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "inbox",
                schema: "collaboration",
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
                schema: "collaboration",
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
                schema: "collaboration",
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
                name: "comment_revisions",
                schema: "collaboration",
                columns: table => new
                {
                    comment_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    written_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_comment_revisions", x => new { x.comment_id, x.number });
                    table.ForeignKey(
                        name: "fk_comment_revisions_comments_comment_id",
                        column: x => x.comment_id,
                        principalSchema: "collaboration",
                        principalTable: "comments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "mentions",
                schema: "collaboration",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    comment_id = table.Column<Guid>(type: "uuid", nullable: false),
                    official_number = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    official_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    author_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    subject_title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    subject_link = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    read_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_mentions", x => x.id);
                    table.ForeignKey(
                        name: "fk_mentions_comments_comment_id",
                        column: x => x.comment_id,
                        principalSchema: "collaboration",
                        principalTable: "comments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_comments_subject_kind_subject_id_created_at",
                schema: "collaboration",
                table: "comments",
                columns: new[] { "subject_kind", "subject_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_mentions_comment_id_official_number",
                schema: "collaboration",
                table: "mentions",
                columns: new[] { "comment_id", "official_number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_mentions_official_number_created_at",
                schema: "collaboration",
                table: "mentions",
                columns: new[] { "official_number", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_outbox_deliveries_status",
                schema: "collaboration",
                table: "outbox_deliveries",
                column: "status");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_processed_at_next_attempt_at",
                schema: "collaboration",
                table: "outbox_messages",
                columns: new[] { "processed_at", "next_attempt_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "comment_revisions",
                schema: "collaboration");

            migrationBuilder.DropTable(
                name: "inbox",
                schema: "collaboration");

            migrationBuilder.DropTable(
                name: "mentions",
                schema: "collaboration");

            migrationBuilder.DropTable(
                name: "outbox_deliveries",
                schema: "collaboration");

            migrationBuilder.DropTable(
                name: "outbox_messages",
                schema: "collaboration");

            migrationBuilder.DropTable(
                name: "comments",
                schema: "collaboration");
        }
    }
}
