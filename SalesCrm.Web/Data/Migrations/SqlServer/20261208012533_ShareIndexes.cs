using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SalesCrm.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class ShareIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_ServiceRequests_Kind_ReceivedAt",
                table: "ServiceRequests",
                columns: new[] { "Kind", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Receivables_OwnerId_DueDate_TotalAmount_DeductedAmount_CollectedAmount",
                table: "Receivables",
                columns: new[] { "OwnerId", "DueDate", "TotalAmount", "DeductedAmount", "CollectedAmount" });

            migrationBuilder.CreateIndex(
                name: "IX_Receivables_RegionId_DueDate_TotalAmount_DeductedAmount_CollectedAmount",
                table: "Receivables",
                columns: new[] { "RegionId", "DueDate", "TotalAmount", "DeductedAmount", "CollectedAmount" });

            migrationBuilder.CreateIndex(
                name: "IX_Customers_RegionId_TierOverride",
                table: "Customers",
                columns: new[] { "RegionId", "TierOverride" });

            migrationBuilder.CreateIndex(
                name: "IX_ContactLogs_CustomerId_Kind_OccurredAt_AuthorId",
                table: "ContactLogs",
                columns: new[] { "CustomerId", "Kind", "OccurredAt", "AuthorId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ServiceRequests_Kind_ReceivedAt",
                table: "ServiceRequests");

            migrationBuilder.DropIndex(
                name: "IX_Receivables_OwnerId_DueDate_TotalAmount_DeductedAmount_CollectedAmount",
                table: "Receivables");

            migrationBuilder.DropIndex(
                name: "IX_Receivables_RegionId_DueDate_TotalAmount_DeductedAmount_CollectedAmount",
                table: "Receivables");

            migrationBuilder.DropIndex(
                name: "IX_Customers_RegionId_TierOverride",
                table: "Customers");

            migrationBuilder.DropIndex(
                name: "IX_ContactLogs_CustomerId_Kind_OccurredAt_AuthorId",
                table: "ContactLogs");
        }
    }
}
