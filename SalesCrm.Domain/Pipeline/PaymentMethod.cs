namespace SalesCrm.Domain.Pipeline;

/// <summary>How the customer pays (PIPE-2 negotiation, CON-1): the methods Chinese B2B sales use.</summary>
public enum PaymentMethod
{
    BankTransfer = 1,

    /// <summary>银行承兑汇票.</summary>
    BankAcceptanceBill = 2,

    Cash = 3,

    LetterOfCredit = 4,

    /// <summary>分期付款.</summary>
    Instalments = 5,
}
