using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Egov.Field.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class InspectionReport : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "report_document_id",
                schema: "field",
                table: "inspections",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_inspections_completed_at_report_document_id",
                schema: "field",
                table: "inspections",
                columns: new[] { "completed_at", "report_document_id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_inspections_completed_at_report_document_id",
                schema: "field",
                table: "inspections");

            migrationBuilder.DropColumn(
                name: "report_document_id",
                schema: "field",
                table: "inspections");
        }
    }
}
