using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Egov.Identity.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AddProofingAttempts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "proofing_attempts",
                schema: "identity",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    resident_id = table.Column<Guid>(type: "uuid", nullable: true),
                    code_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    masked_phone = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    failed_tries = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    expires_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    verified_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    completed_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_proofing_attempts", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_proofing_attempts_resident_id_created_at",
                schema: "identity",
                table: "proofing_attempts",
                columns: new[] { "resident_id", "created_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "proofing_attempts",
                schema: "identity");
        }
    }
}
