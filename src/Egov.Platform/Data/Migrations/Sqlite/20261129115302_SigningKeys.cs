using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Egov.Platform.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SigningKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "platform_signing_keys",
                columns: table => new
                {
                    ring = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    protected_private_key = table.Column<string>(type: "TEXT", nullable: false),
                    certificate = table.Column<byte[]>(type: "BLOB", nullable: false),
                    issuer_version = table.Column<int>(type: "INTEGER", nullable: true),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_platform_signing_keys", x => new { x.ring, x.version });
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "platform_signing_keys");
        }
    }
}
