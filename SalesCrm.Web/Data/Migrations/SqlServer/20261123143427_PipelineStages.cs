using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SalesCrm.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class PipelineStages : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Opportunities_RegionId",
                table: "Opportunities");

            migrationBuilder.AddColumn<decimal>(
                name: "AmountValue",
                table: "Opportunities",
                type: "decimal(18,2)",
                precision: 18,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Currency",
                table: "Opportunities",
                type: "nvarchar(3)",
                maxLength: 3,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateOnly>(
                name: "DeliveryDate",
                table: "Opportunities",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "LostAt",
                table: "Opportunities",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LostReason",
                table: "Opportunities",
                type: "nvarchar(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Needs",
                table: "Opportunities",
                type: "nvarchar(max)",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "NegotiatedPriceValue",
                table: "Opportunities",
                type: "decimal(18,2)",
                precision: 18,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PaymentMethod",
                table: "Opportunities",
                type: "nvarchar(30)",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ProductMix",
                table: "Opportunities",
                type: "nvarchar(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ServiceCommitments",
                table: "Opportunities",
                type: "nvarchar(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "SolutionPriceValue",
                table: "Opportunities",
                type: "decimal(18,2)",
                precision: 18,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "StageEnteredAt",
                table: "Opportunities",
                type: "datetimeoffset",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            migrationBuilder.CreateIndex(
                name: "IX_Opportunities_RegionId_Stage",
                table: "Opportunities",
                columns: new[] { "RegionId", "Stage" });

            // Opportunities opened before stages were tracked entered their stage when they were opened.
            migrationBuilder.Sql("""
                UPDATE [Opportunities] SET [StageEnteredAt] = [OpenedAt], [Currency] = N'CNY';
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Opportunities_RegionId_Stage",
                table: "Opportunities");

            migrationBuilder.DropColumn(
                name: "AmountValue",
                table: "Opportunities");

            migrationBuilder.DropColumn(
                name: "Currency",
                table: "Opportunities");

            migrationBuilder.DropColumn(
                name: "DeliveryDate",
                table: "Opportunities");

            migrationBuilder.DropColumn(
                name: "LostAt",
                table: "Opportunities");

            migrationBuilder.DropColumn(
                name: "LostReason",
                table: "Opportunities");

            migrationBuilder.DropColumn(
                name: "Needs",
                table: "Opportunities");

            migrationBuilder.DropColumn(
                name: "NegotiatedPriceValue",
                table: "Opportunities");

            migrationBuilder.DropColumn(
                name: "PaymentMethod",
                table: "Opportunities");

            migrationBuilder.DropColumn(
                name: "ProductMix",
                table: "Opportunities");

            migrationBuilder.DropColumn(
                name: "ServiceCommitments",
                table: "Opportunities");

            migrationBuilder.DropColumn(
                name: "SolutionPriceValue",
                table: "Opportunities");

            migrationBuilder.DropColumn(
                name: "StageEnteredAt",
                table: "Opportunities");

            migrationBuilder.CreateIndex(
                name: "IX_Opportunities_RegionId",
                table: "Opportunities",
                column: "RegionId");
        }
    }
}
