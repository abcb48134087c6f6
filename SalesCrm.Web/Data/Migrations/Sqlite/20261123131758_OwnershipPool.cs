using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SalesCrm.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OwnershipPool : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "LastContactAt",
                table: "Customers",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "PooledAt",
                table: "Customers",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Customers_PooledAt_LastContactAt",
                table: "Customers",
                columns: new[] { "PooledAt", "LastContactAt" });

            // OWN-6: until contacts are logged, an owner's last contact is when the customer last came to them.
            migrationBuilder.Sql("""
                UPDATE Customers SET LastContactAt = COALESCE((SELECT MAX(l.At) FROM OwnershipLedger l WHERE l.CustomerId = Customers.Id), FirstContactAt);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Customers_PooledAt_LastContactAt",
                table: "Customers");

            migrationBuilder.DropColumn(
                name: "LastContactAt",
                table: "Customers");

            migrationBuilder.DropColumn(
                name: "PooledAt",
                table: "Customers");
        }
    }
}
