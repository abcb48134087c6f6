using SalesCrm.Domain.Common;

namespace SalesCrm.Domain.Organisation;

/// <summary>A marketing region (营销大区, 001), led by one sales manager. Every customer and user belongs to one.</summary>
public sealed class Region : AggregateRoot
{
    public const int NameMaxLength = 100;

    private Region()
    {
        Name = string.Empty;
    }

    public string Name { get; private set; }
    public Guid? SalesManagerId { get; private set; }

    public static Region Create(string name)
    {
        var region = new Region();
        region.Rename(name);
        return region;
    }

    public void Rename(string name)
    {
        var clean = Text.Clean(name) ?? throw new DomainException("Region.NameRequired", "Enter the region's name.");
        if (Text.Check(clean, NameMaxLength) is { } refused)
        {
            throw new DomainException(refused.Code, refused.Message);
        }

        Name = clean;
    }

    public void AppointSalesManager(Guid userId) => SalesManagerId = userId;
}
