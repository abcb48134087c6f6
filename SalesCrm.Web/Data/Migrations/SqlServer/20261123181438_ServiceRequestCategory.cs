using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SalesCrm.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class ServiceRequestCategory : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Category",
                table: "ServiceRequests",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "Other");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "SolutionOverdueNotifiedAt",
                table: "ServiceRequests",
                type: "datetimeoffset",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Category",
                table: "ServiceRequests");

            migrationBuilder.DropColumn(
                name: "SolutionOverdueNotifiedAt",
                table: "ServiceRequests");
        }
    }
}
