namespace SalesCrm.Web.Features.Receivables.Pdf;

/// <summary>What moved a customer's balance: an invoice raises it; a payment, a credit note or a deduction lowers it.</summary>
public enum StatementLineKind
{
    Invoice,
    Payment,
    CreditNote,
    Deduction,
}
