namespace SalesCrm.Web.Features.Contracts.Pdf;

/// <summary>
/// CON-1/CON-4: everything the contract PDF shows, as plain values. The contract aggregate is mapped onto this, so the
/// renderer knows nothing of the domain or the database; texts arrive already localised.
/// </summary>
public sealed record ContractDocument
{
    public required string ContractNumber { get; init; }

    public required string Title { get; init; }

    /// <summary>CON-3: a change to a signed contract is a new version; the PDF names the one it shows.</summary>
    public required int Version { get; init; }

    /// <summary>Also the PDF's creation date, so the same contract renders the same document information.</summary>
    public required DateOnly IssueDate { get; init; }

    /// <summary>ISO 4217 code, e.g. CNY; every amount in the document is in it.</summary>
    public required string Currency { get; init; }

    public required ContractParty Seller { get; init; }

    public required ContractParty Buyer { get; init; }

    public required IReadOnlyList<ContractDocumentLine> Lines { get; init; }

    public required decimal Total { get; init; }

    public required DateOnly DeliveryDate { get; init; }

    /// <summary>Display text, e.g. "银行转账 Bank transfer".</summary>
    public required string PaymentMethod { get; init; }

    /// <summary>CON-2: at most 60 days; the renderer prints what the contract says.</summary>
    public required int PaymentTermDays { get; init; }

    public required IReadOnlyList<ContractInstalment> PaymentSchedule { get; init; }

    /// <summary>CON-2: 5 by default (违约赔付比例), in percent of the contract total.</summary>
    public required decimal BreachCompensationPercent { get; init; }

    /// <summary>Display text, e.g. "纸质合同 Paper contract" or "电子签名 E-signature".</summary>
    public required string SigningMethod { get; init; }

    /// <summary>Several lines of text; each line break starts a new paragraph.</summary>
    public required string ServiceCommitments { get; init; }

    /// <summary>Printed diagonally on every page when set, e.g. "草稿 DRAFT" before signing.</summary>
    public string? Watermark { get; init; }
}
