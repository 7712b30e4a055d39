using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Egov.Benefits.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OfferNotify : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "notify",
                table: "benefits_offer_requests",
                type: "TEXT",
                nullable: false,
                defaultValue: "");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "notify",
                table: "benefits_offer_requests");
        }
    }
}
