using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Egov.Identity.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddProofingAttempts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "identity_proofing_attempts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    resident_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    code_hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    masked_phone = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    failed_tries = table.Column<int>(type: "INTEGER", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    expires_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    verified_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    completed_at = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_identity_proofing_attempts", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_identity_proofing_attempts_resident_id_created_at",
                table: "identity_proofing_attempts",
                columns: new[] { "resident_id", "created_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "identity_proofing_attempts");
        }
    }
}
