using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Egov.Collaboration.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "collaboration_comments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    subject_kind = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    subject_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    author_number = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    author_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    edited_at = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_collaboration_comments", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "collaboration_inbox",
                columns: table => new
                {
                    message_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    handler = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    processed_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_collaboration_inbox", x => new { x.message_id, x.handler });
                });

            migrationBuilder.CreateTable(
                name: "collaboration_outbox_deliveries",
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
                    table.PrimaryKey("pk_collaboration_outbox_deliveries", x => new { x.message_id, x.handler });
                });

            migrationBuilder.CreateTable(
                name: "collaboration_outbox_messages",
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
                    table.PrimaryKey("pk_collaboration_outbox_messages", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "collaboration_comment_revisions",
                columns: table => new
                {
                    comment_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    number = table.Column<int>(type: "INTEGER", nullable: false),
                    text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    written_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_collaboration_comment_revisions", x => new { x.comment_id, x.number });
                    table.ForeignKey(
                        name: "fk_collaboration_comment_revisions_collaboration_comments_comment_id",
                        column: x => x.comment_id,
                        principalTable: "collaboration_comments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "collaboration_mentions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    comment_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    official_number = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    official_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    author_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    subject_title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    subject_link = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    read_at = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_collaboration_mentions", x => x.id);
                    table.ForeignKey(
                        name: "fk_collaboration_mentions_collaboration_comments_comment_id",
                        column: x => x.comment_id,
                        principalTable: "collaboration_comments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_collaboration_comments_subject_kind_subject_id_created_at",
                table: "collaboration_comments",
                columns: new[] { "subject_kind", "subject_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_collaboration_mentions_comment_id_official_number",
                table: "collaboration_mentions",
                columns: new[] { "comment_id", "official_number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_collaboration_mentions_official_number_created_at",
                table: "collaboration_mentions",
                columns: new[] { "official_number", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_collaboration_outbox_deliveries_status",
                table: "collaboration_outbox_deliveries",
                column: "status");

            migrationBuilder.CreateIndex(
                name: "ix_collaboration_outbox_messages_processed_at_next_attempt_at",
                table: "collaboration_outbox_messages",
                columns: new[] { "processed_at", "next_attempt_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "collaboration_comment_revisions");

            migrationBuilder.DropTable(
                name: "collaboration_inbox");

            migrationBuilder.DropTable(
                name: "collaboration_mentions");

            migrationBuilder.DropTable(
                name: "collaboration_outbox_deliveries");

            migrationBuilder.DropTable(
                name: "collaboration_outbox_messages");

            migrationBuilder.DropTable(
                name: "collaboration_comments");
        }
    }
}
