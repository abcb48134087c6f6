using SalesCrm.Domain.Common;

namespace SalesCrm.Web.Features.Complaints;

public sealed record ServiceRequestSaveResult(Guid? Id, IReadOnlyList<ValidationError> Errors);
