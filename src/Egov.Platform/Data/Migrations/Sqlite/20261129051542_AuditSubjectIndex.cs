using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Egov.Platform.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AuditSubjectIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_platform_audit_entries_subject_at",
                table: "platform_audit_entries");

            migrationBuilder.CreateIndex(
                name: "ix_platform_audit_entries_subject_sequence",
                table: "platform_audit_entries",
                columns: new[] { "subject", "sequence" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_platform_audit_entries_subject_sequence",
                table: "platform_audit_entries");

            migrationBuilder.CreateIndex(
                name: "ix_platform_audit_entries_subject_at",
                table: "platform_audit_entries",
                columns: new[] { "subject", "at" });
        }
    }
}
