using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SalesCrm.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CustomerNameKey : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "NameKey",
                table: "Customers",
                type: "TEXT",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateIndex(
                name: "IX_Customers_NameKey",
                table: "Customers",
                column: "NameKey");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Customers_NameKey",
                table: "Customers");

            migrationBuilder.DropColumn(
                name: "NameKey",
                table: "Customers");
        }
    }
}
