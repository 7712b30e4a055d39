using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Egov.Platform.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AuditSubjectIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_audit_entries_subject_at",
                schema: "platform",
                table: "audit_entries");

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_subject_sequence",
                schema: "platform",
                table: "audit_entries",
                columns: new[] { "subject", "sequence" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_audit_entries_subject_sequence",
                schema: "platform",
                table: "audit_entries");

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_subject_at",
                schema: "platform",
                table: "audit_entries",
                columns: new[] { "subject", "at" });
        }
    }
}
