using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Egov.Approvals.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class DispatchAndRecords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string[]>(
                name: "recipient_agencies",
                schema: "approvals",
                table: "documents",
                type: "text[]",
                nullable: false,
                defaultValue: new string[0]);

            migrationBuilder.CreateTable(
                name: "dispatches",
                schema: "approvals",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    document_id = table.Column<Guid>(type: "uuid", nullable: false),
                    from_agency_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    to_agency_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    document_number = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    sent_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    department_id = table.Column<Guid>(type: "uuid", nullable: true),
                    assigned_by_number = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    assigned_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    registered_by_number = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    registered_by_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    registered_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    receipt_number = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_dispatches", x => x.id);
                    table.ForeignKey(
                        name: "fk_dispatches_documents_document_id",
                        column: x => x.document_id,
                        principalSchema: "approvals",
                        principalTable: "documents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_documents_agency_code_status_approved_at",
                schema: "approvals",
                table: "documents",
                columns: new[] { "agency_code", "status", "approved_at" });

            migrationBuilder.CreateIndex(
                name: "ix_documents_is_public_status_approved_at",
                schema: "approvals",
                table: "documents",
                columns: new[] { "is_public", "status", "approved_at" });

            migrationBuilder.CreateIndex(
                name: "ix_dispatches_document_id_to_agency_code",
                schema: "approvals",
                table: "dispatches",
                columns: new[] { "document_id", "to_agency_code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_dispatches_to_agency_code_department_id_status",
                schema: "approvals",
                table: "dispatches",
                columns: new[] { "to_agency_code", "department_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_dispatches_to_agency_code_receipt_number",
                schema: "approvals",
                table: "dispatches",
                columns: new[] { "to_agency_code", "receipt_number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_dispatches_to_agency_code_status_sent_at",
                schema: "approvals",
                table: "dispatches",
                columns: new[] { "to_agency_code", "status", "sent_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "dispatches",
                schema: "approvals");

            migrationBuilder.DropIndex(
                name: "ix_documents_agency_code_status_approved_at",
                schema: "approvals",
                table: "documents");

            migrationBuilder.DropIndex(
                name: "ix_documents_is_public_status_approved_at",
                schema: "approvals",
                table: "documents");

            migrationBuilder.DropColumn(
                name: "recipient_agencies",
                schema: "approvals",
                table: "documents");
        }
    }
}
