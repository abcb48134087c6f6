using SalesCrm.Domain.Common;

namespace SalesCrm.Web.Features.Pipeline;

/// <summary>The new opportunity's id, or the errors (by field) and nothing saved.</summary>
public sealed record OpportunityOpenResult(Guid? Id, IReadOnlyList<ValidationError> Errors);
