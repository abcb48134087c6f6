using Microsoft.EntityFrameworkCore;

namespace SalesCrm.Web.Data;

/// <summary>Lets services ask for the provider-neutral <see cref="CrmDbContext"/> whichever provider is configured.</summary>
internal sealed class CrmDbContextFactory<TContext>(IDbContextFactory<TContext> inner) : IDbContextFactory<CrmDbContext>
    where TContext : CrmDbContext
{
    public CrmDbContext CreateDbContext() => inner.CreateDbContext();
}
