using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SalesCrm.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class PerformanceIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SigningCredits_RegionId_SignedOn",
                table: "SigningCredits");

            migrationBuilder.DropIndex(
                name: "IX_SigningCredits_RepId_SignedOn",
                table: "SigningCredits");

            migrationBuilder.DropIndex(
                name: "IX_SigningCredits_SignedOn",
                table: "SigningCredits");

            migrationBuilder.CreateIndex(
                name: "IX_SigningCredits_RegionId_SignedOn_VoidedAt_Amount_FirstForCustomer",
                table: "SigningCredits",
                columns: new[] { "RegionId", "SignedOn", "VoidedAt", "Amount", "FirstForCustomer" });

            migrationBuilder.CreateIndex(
                name: "IX_SigningCredits_RepId_SignedOn_VoidedAt_Amount_FirstForCustomer",
                table: "SigningCredits",
                columns: new[] { "RepId", "SignedOn", "VoidedAt", "Amount", "FirstForCustomer" });

            migrationBuilder.CreateIndex(
                name: "IX_SigningCredits_SignedOn_VoidedAt_RegionId_Amount_FirstForCustomer",
                table: "SigningCredits",
                columns: new[] { "SignedOn", "VoidedAt", "RegionId", "Amount", "FirstForCustomer" });

            migrationBuilder.CreateIndex(
                name: "IX_OwnershipLedger_Change_At_OwnerId",
                table: "OwnershipLedger",
                columns: new[] { "Change", "At", "OwnerId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SigningCredits_RegionId_SignedOn_VoidedAt_Amount_FirstForCustomer",
                table: "SigningCredits");

            migrationBuilder.DropIndex(
                name: "IX_SigningCredits_RepId_SignedOn_VoidedAt_Amount_FirstForCustomer",
                table: "SigningCredits");

            migrationBuilder.DropIndex(
                name: "IX_SigningCredits_SignedOn_VoidedAt_RegionId_Amount_FirstForCustomer",
                table: "SigningCredits");

            migrationBuilder.DropIndex(
                name: "IX_OwnershipLedger_Change_At_OwnerId",
                table: "OwnershipLedger");

            migrationBuilder.CreateIndex(
                name: "IX_SigningCredits_RegionId_SignedOn",
                table: "SigningCredits",
                columns: new[] { "RegionId", "SignedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_SigningCredits_RepId_SignedOn",
                table: "SigningCredits",
                columns: new[] { "RepId", "SignedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_SigningCredits_SignedOn",
                table: "SigningCredits",
                column: "SignedOn");
        }
    }
}
