namespace SalesCrm.Domain.Customers;

/// <summary>The basic data of a customer file (CUS-1) that owner, managers and service staff keep up to date.</summary>
public sealed record CustomerProfile(
    string Name,
    string? Uscc,
    string? Industry,
    CompanySize? Size,
    IndustryPosition? Position,
    string? Address,
    SourceChannel? Source,
    string? Needs,
    string? Preferences,
    CustomerStatus Status);
