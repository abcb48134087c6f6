using SalesCrm.Domain.Common;

namespace SalesCrm.Domain.Pipeline;

/// <summary>
/// A chance of a sale with one customer, owned by the customer's owner (PIPE-1). It starts at initial contact; the
/// stage rules of PIPE-2 are the pipeline's to add.
/// </summary>
public sealed class Opportunity : AggregateRoot
{
    public const int TitleMaxLength = 200;

    private Opportunity()
    {
        Title = string.Empty;
    }

    public Guid CustomerId { get; private set; }
    public Guid OwnerId { get; private set; }
    public Guid RegionId { get; private set; }
    public string Title { get; private set; }
    public OpportunityStage Stage { get; private set; }
    public DateTimeOffset OpenedAt { get; private set; }

    public static Opportunity Open(Guid customerId, Guid ownerId, Guid regionId, string title, DateTimeOffset now)
    {
        var clean = Text.Clean(title);
        if (clean is null)
        {
            throw new DomainValidationException([new ValidationError(nameof(Title), "Opportunity.TitleRequired", "Name the opportunity, e.g. what the customer wants to buy.")]);
        }

        if (clean.Length > TitleMaxLength)
        {
            throw new DomainValidationException([new ValidationError(nameof(Title), "Field.TooLong", $"At most {TitleMaxLength} characters.")]);
        }

        return new Opportunity
        {
            CustomerId = customerId, OwnerId = ownerId, RegionId = regionId, Title = clean, Stage = OpportunityStage.InitialContact, OpenedAt = now,
        };
    }
}
