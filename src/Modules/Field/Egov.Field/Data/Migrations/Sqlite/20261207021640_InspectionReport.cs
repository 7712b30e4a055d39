using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Egov.Field.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InspectionReport : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "report_document_id",
                table: "field_inspections",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_field_inspections_completed_at_report_document_id",
                table: "field_inspections",
                columns: new[] { "completed_at", "report_document_id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_field_inspections_completed_at_report_document_id",
                table: "field_inspections");

            migrationBuilder.DropColumn(
                name: "report_document_id",
                table: "field_inspections");
        }
    }
}
