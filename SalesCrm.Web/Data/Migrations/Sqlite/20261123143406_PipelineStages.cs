using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SalesCrm.Web.Data.Migrations.Sqlite
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
                type: "TEXT",
                precision: 18,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Currency",
                table: "Opportunities",
                type: "TEXT",
                maxLength: 3,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateOnly>(
                name: "DeliveryDate",
                table: "Opportunities",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "LostAt",
                table: "Opportunities",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LostReason",
                table: "Opportunities",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Needs",
                table: "Opportunities",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "NegotiatedPriceValue",
                table: "Opportunities",
                type: "TEXT",
                precision: 18,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PaymentMethod",
                table: "Opportunities",
                type: "TEXT",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ProductMix",
                table: "Opportunities",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ServiceCommitments",
                table: "Opportunities",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "SolutionPriceValue",
                table: "Opportunities",
                type: "TEXT",
                precision: 18,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "StageEnteredAt",
                table: "Opportunities",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.CreateIndex(
                name: "IX_Opportunities_RegionId_Stage",
                table: "Opportunities",
                columns: new[] { "RegionId", "Stage" });

            // Opportunities opened before stages were tracked entered their stage when they were opened.
            migrationBuilder.Sql("""
                UPDATE Opportunities SET StageEnteredAt = OpenedAt, Currency = 'CNY';
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
