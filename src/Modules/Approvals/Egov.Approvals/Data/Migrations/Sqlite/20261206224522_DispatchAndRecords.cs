using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Egov.Approvals.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DispatchAndRecords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "recipient_agencies",
                table: "approvals_documents",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.CreateTable(
                name: "approvals_dispatches",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    document_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    from_agency_code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    to_agency_code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    document_number = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    sent_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    department_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    assigned_by_number = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    assigned_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    registered_by_number = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    registered_by_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    registered_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    receipt_number = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_approvals_dispatches", x => x.id);
                    table.ForeignKey(
                        name: "fk_approvals_dispatches_approvals_documents_document_id",
                        column: x => x.document_id,
                        principalTable: "approvals_documents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_approvals_documents_agency_code_status_approved_at",
                table: "approvals_documents",
                columns: new[] { "agency_code", "status", "approved_at" });

            migrationBuilder.CreateIndex(
                name: "ix_approvals_documents_is_public_status_approved_at",
                table: "approvals_documents",
                columns: new[] { "is_public", "status", "approved_at" });

            migrationBuilder.CreateIndex(
                name: "ix_approvals_dispatches_document_id_to_agency_code",
                table: "approvals_dispatches",
                columns: new[] { "document_id", "to_agency_code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_approvals_dispatches_to_agency_code_department_id_status",
                table: "approvals_dispatches",
                columns: new[] { "to_agency_code", "department_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_approvals_dispatches_to_agency_code_receipt_number",
                table: "approvals_dispatches",
                columns: new[] { "to_agency_code", "receipt_number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_approvals_dispatches_to_agency_code_status_sent_at",
                table: "approvals_dispatches",
                columns: new[] { "to_agency_code", "status", "sent_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "approvals_dispatches");

            migrationBuilder.DropIndex(
                name: "ix_approvals_documents_agency_code_status_approved_at",
                table: "approvals_documents");

            migrationBuilder.DropIndex(
                name: "ix_approvals_documents_is_public_status_approved_at",
                table: "approvals_documents");

            migrationBuilder.DropColumn(
                name: "recipient_agencies",
                table: "approvals_documents");
        }
    }
}
