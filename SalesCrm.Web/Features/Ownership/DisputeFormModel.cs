using SalesCrm.Domain.Ownership;

namespace SalesCrm.Web.Features.Ownership;

/// <summary>What a rep fills in to dispute a refusal (OWN-5). The date is a <see cref="DateTime"/> for the date picker.</summary>
public sealed class DisputeFormModel
{
    public Guid? CollisionId { get; set; }
    public EvidenceKind EvidenceKind { get; set; } = EvidenceKind.Visit;
    public DateTime? ContactedOn { get; set; }
    public string? Evidence { get; set; }
}
