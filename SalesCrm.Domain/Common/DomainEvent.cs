namespace SalesCrm.Domain.Common;

/// <summary>
/// Something that happened to an aggregate that other records depend on (a customer changed owner, a contract was
/// signed). The aggregate records it; the persistence layer hands it to the handlers of the features it concerns before
/// the save commits, so a consequence is written once and saved with its cause, or not at all.
/// </summary>
public abstract record DomainEvent;
