using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Egov.Benefits.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class OfferNotify : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "notify",
                schema: "benefits",
                table: "offer_requests",
                type: "text",
                nullable: false,
                defaultValue: "");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "notify",
                schema: "benefits",
                table: "offer_requests");
        }
    }
}
