using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace SalesCrm.Web.Data;

/// <summary>The contact value converters hold the SEC-4 key, so a model is cached per context type and key.</summary>
internal sealed class ProtectedModelCacheKeyFactory : IModelCacheKeyFactory
{
    public object Create(DbContext context, bool designTime) =>
        context is CrmDbContext crm ? (context.GetType(), crm.ProtectionKeyId, designTime) : (context.GetType(), designTime);
}
