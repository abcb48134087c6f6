namespace SalesCrm.Domain.Targets;

/// <summary>KPI-1/KPI-2: what a target counts. Money kinds are yuan (CNY); <see cref="NewValidCustomers"/> is a number of customers.</summary>
public enum TargetKind
{
    /// <summary>The amount of contracts signed in the period (004: 1,000,000 per rep per quarter).</summary>
    SignedAmount = 1,

    /// <summary>Customers whose first contract is signed in the period (KPI-2's "valid" customers).</summary>
    NewValidCustomers = 2,

    /// <summary>Payments collected in the period (AR-2: collectors' collection targets).</summary>
    Collections = 3,
}
