using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Egov.Documents.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ShownPeople : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "shown_people",
                schema: "documents",
                columns: table => new
                {
                    document_sequence = table.Column<long>(type: "bigint", nullable: false),
                    resident_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_shown_people", x => new { x.document_sequence, x.resident_id });
                    table.ForeignKey(
                        name: "fk_shown_people_issued_documents_document_sequence",
                        column: x => x.document_sequence,
                        principalSchema: "documents",
                        principalTable: "issued_documents",
                        principalColumn: "sequence",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_shown_people_resident_id",
                schema: "documents",
                table: "shown_people",
                column: "resident_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "shown_people",
                schema: "documents");
        }
    }
}
