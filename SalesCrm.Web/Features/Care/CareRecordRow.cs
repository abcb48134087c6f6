using SalesCrm.Domain.Care;

namespace SalesCrm.Web.Features.Care;

/// <summary>CUS-4: a care action that was recorded.</summary>
public sealed record CareRecordRow(DateTimeOffset At, Guid CustomerId, string Customer, CareAction Action, string Note, string By);
