using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Egov.Registries.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ResidentsByBirthDate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_residents_birth_date",
                schema: "registries",
                table: "residents",
                column: "birth_date");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_residents_birth_date",
                schema: "registries",
                table: "residents");
        }
    }
}
