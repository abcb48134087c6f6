namespace SalesCrm.Web.Features.Pipeline;

/// <summary>
/// PIPE-3: one rep's new customers of one month (companies they first contacted then) and how many of those have
/// signed since; <see cref="Rate"/> is null for a month without new customers.
/// </summary>
public sealed record RepConversion(string Rep, int Year, int Month, int NewCustomers, int Converted)
{
    public double? Rate => NewCustomers == 0 ? null : (double)Converted / NewCustomers;
}
