using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Egov.Approvals.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class InboxActedIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_steps_acted_by_number_state",
                schema: "approvals",
                table: "steps",
                columns: new[] { "acted_by_number", "state" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_steps_acted_by_number_state",
                schema: "approvals",
                table: "steps");
        }
    }
}
