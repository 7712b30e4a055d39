using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Egov.Documents.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ShownPeople : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "documents_shown_people",
                columns: table => new
                {
                    document_sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    resident_id = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_documents_shown_people", x => new { x.document_sequence, x.resident_id });
                    table.ForeignKey(
                        name: "fk_documents_shown_people_documents_issued_documents_document_sequence",
                        column: x => x.document_sequence,
                        principalTable: "documents_issued_documents",
                        principalColumn: "sequence",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_documents_shown_people_resident_id",
                table: "documents_shown_people",
                column: "resident_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "documents_shown_people");
        }
    }
}
