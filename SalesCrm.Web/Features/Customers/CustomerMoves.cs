using Microsoft.EntityFrameworkCore;
using SalesCrm.Domain.Common;
using SalesCrm.Domain.Customers;
using SalesCrm.Web.Auth;
using SalesCrm.Web.Data;
using SalesCrm.Web.Data.Auditing;
using SalesCrm.Web.Features.Notifications;
using SalesCrm.Web.Logging;

namespace SalesCrm.Web.Features.Customers;

/// <summary>
/// One way to run a user's move on a customer (its grade, account manager, loss, care): the customer must be one the
/// user reads (else "not found", SEC-1), the move one their role may make (else <see cref="AccessDeniedException"/>,
/// logged); the domain's refusals come back as field messages; the save is audited as the user (SEC-2).
/// </summary>
internal static class CustomerMoves
{
    public static readonly ValidationError[] NotFound = [new(string.Empty, "Customer.NotFound", "This customer does not exist, or you have no access to it.")];

    private static readonly ValidationError ChangedMeanwhile = new(string.Empty, "Customer.ChangedMeanwhile", "Someone changed this customer a moment ago. Reload and try again.");

    public static async Task<IReadOnlyList<ValidationError>> TryAsync(
        IDbContextFactory<CrmDbContext> dbFactory,
        CurrentUser user,
        Guid customerId,
        string action,
        Func<CurrentUser, Customer, bool> allowed,
        Func<CrmDbContext, Customer, Task> move,
        ILogger logger,
        CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateForAsync(user, cancellationToken);
        var customer = await db.Customers.Where(CustomerAccess.Readable(user)).Where(c => c.Lead == null || c.Lead == LeadStatus.Converted)
            .FirstOrDefaultAsync(c => c.Id == customerId, cancellationToken);
        if (customer is null)
        {
            return NotFound;
        }

        if (!allowed(user, customer))
        {
            logger.AccessDenied(user.Id, user.Role, action, $"customer {customerId}");
            throw new AccessDeniedException("Your role may not do this on this customer.");
        }

        return await DomainMoves.TryAsync(
            async () =>
            {
                await move(db, customer);
                await db.SaveChangesAsync(cancellationToken);
            },
            ChangedMeanwhile);
    }
}
