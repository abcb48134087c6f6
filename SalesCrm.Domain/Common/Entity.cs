namespace SalesCrm.Domain.Common;

/// <summary>Anything with an identity. Ids are GUIDs so records can be created anywhere and URLs reveal no counts.</summary>
public abstract class Entity
{
    public Guid Id { get; protected set; } = Guid.NewGuid();
}
