using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Egov.Platform.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SigningKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "signing_keys",
                schema: "platform",
                columns: table => new
                {
                    ring = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    protected_private_key = table.Column<string>(type: "text", nullable: false),
                    certificate = table.Column<byte[]>(type: "bytea", nullable: false),
                    issuer_version = table.Column<int>(type: "integer", nullable: true),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_signing_keys", x => new { x.ring, x.version });
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "signing_keys",
                schema: "platform");
        }
    }
}
