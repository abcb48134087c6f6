using SalesCrm.Domain.Common;

namespace SalesCrm.Domain.Ownership;

/// <summary>
/// OWN-3: a rep tried to register a customer that someone already owns (stealing a customer is a disciplinary
/// offence, 003 §11.2.4). Kept for the managers of both regions; the claimant saw only owner, region and since when.
/// </summary>
public sealed class Collision : Entity
{
    public const int TypedNameMaxLength = 200;

    private Collision()
    {
        TypedName = string.Empty;
    }

    public DateTimeOffset At { get; private set; }
    public Guid ClaimantId { get; private set; }
    public Guid ClaimantRegionId { get; private set; }
    public Guid CustomerId { get; private set; }
    public Guid OwnerId { get; private set; }
    public Guid OwnerRegionId { get; private set; }

    /// <summary>The company name as the claimant typed it (their own input, so no detail of the customer leaks into it).</summary>
    public string TypedName { get; private set; }

    public MatchKind MatchedOn { get; private set; }

    public static Collision Record(
        Guid claimantId, Guid claimantRegionId, Guid customerId, Guid ownerId, Guid ownerRegionId, string typedName, MatchKind matchedOn, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(typedName);
        var name = typedName.Trim();
        return new Collision
        {
            At = now,
            ClaimantId = claimantId,
            ClaimantRegionId = claimantRegionId,
            CustomerId = customerId,
            OwnerId = ownerId,
            OwnerRegionId = ownerRegionId,
            TypedName = name.Length > TypedNameMaxLength ? name[..TypedNameMaxLength] : name,
            MatchedOn = matchedOn,
        };
    }
}
