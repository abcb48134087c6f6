using Microsoft.EntityFrameworkCore;
using SalesCrm.Domain.Common;
using SalesCrm.Domain.Customers;
using SalesCrm.Domain.Notifications;
using SalesCrm.Domain.Pipeline;
using SalesCrm.Web.Auth;
using SalesCrm.Web.Data;
using SalesCrm.Web.Data.Auditing;
using SalesCrm.Web.Data.Protection;
using SalesCrm.Web.Features.Customers;
using SalesCrm.Web.Features.Notifications;
using SalesCrm.Web.Features.Paging;
using SalesCrm.Web.Logging;

namespace SalesCrm.Web.Features.Leads;

/// <summary>
/// Leads after registration (registering goes through <see cref="CustomerService.RegisterLeadAsync"/>, the one way a
/// company is claimed): the list, the lead's page and its steps. A lead is read like a customer (SEC-1) and worked
/// by those who may change a customer's commercial terms: its owner, the region's sales manager, the director.
/// </summary>
public sealed class LeadService(
    IDbContextFactory<CrmDbContext> dbFactory,
    CurrentUserAccessor currentUser,
    ContactMatchKeys matchKeys,
    TimeProvider time,
    ILogger<LeadService> logger)
{
    private static readonly ValidationError[] NotFound = [new(string.Empty, "Lead.NotFound", "This lead does not exist, or you have no access to it.")];

    public async Task<PagedResult<LeadRow>> ListAsync(PageRequest request, LeadStatus? status = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var user = await currentUser.RequireAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var leads = db.Customers.AsNoTracking().Where(CustomerAccess.Readable(user)).Where(c => c.Lead != null && (status == null || c.Lead == status));
        var query = await CustomerSearch.ApplyAsync(db, matchKeys, leads, request.Search, cancellationToken);
        var total = await query.CountAsync(cancellationToken);
        var sorted = (request.SortBy, request.Descending) switch
        {
            ("CompanyName", false) => query.OrderBy(c => c.Name).ThenBy(c => c.Id),
            ("CompanyName", true) => query.OrderByDescending(c => c.Name).ThenBy(c => c.Id),
            ("Status", false) => query.OrderBy(c => c.Lead).ThenByDescending(c => c.FirstContactAt),
            ("Status", true) => query.OrderByDescending(c => c.Lead).ThenByDescending(c => c.FirstContactAt),
            ("RegisteredAt", false) => query.OrderBy(c => c.FirstContactAt).ThenBy(c => c.Id),
            _ => query.OrderByDescending(c => c.FirstContactAt).ThenBy(c => c.Id),
        };
        var rows = await sorted.Skip(request.Skip).Take(request.Take)
            .Select(c => new LeadRow(
                c.Id,
                c.Name,
                c.Contacts.OrderBy(k => k.Name).Select(k => k.Name).FirstOrDefault(),
                c.Lead!.Value,
                c.Industry,
                db.Users.Where(u => u.Id == c.OwnerId).Select(u => u.DisplayName).First(),
                db.Regions.Where(r => r.Id == c.RegionId).Select(r => r.Name).First(),
                c.FirstContactAt))
            .ToListAsync(cancellationToken);
        return new PagedResult<LeadRow>(rows, total);
    }

    public async Task<LeadView?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var user = await currentUser.RequireAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var lead = await FindAsync(db, user, id, tracked: false, cancellationToken);
        if (lead is null)
        {
            return null;
        }

        var owner = await db.Users.AsNoTracking().Where(u => u.Id == lead.OwnerId).Select(u => u.DisplayName).FirstAsync(cancellationToken);
        var region = await db.Regions.AsNoTracking().Where(r => r.Id == lead.RegionId).Select(r => r.Name).FirstAsync(cancellationToken);
        return new LeadView(
            lead.Id, lead.Name, lead.Lead!.Value, lead.DisqualifiedReason, lead.Industry, lead.Source, lead.Needs, owner, region, lead.FirstContactAt,
            lead.Contacts.Select(ContactFormModel.From).FirstOrDefault(), CustomerAccess.CanEditTerms(user, lead));
    }

    public Task<IReadOnlyList<ValidationError>> MarkContactedAsync(Guid id, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, "mark contacted", (lead, _, _, now) => lead.MarkContacted(now), cancellationToken);

    /// <summary>LEAD-2: the lead has a real intent; the sales manager of its region is notified in the same save.</summary>
    public Task<IReadOnlyList<ValidationError>> QualifyAsync(Guid id, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, "qualify", async (lead, db, user, now) =>
        {
            lead.Qualify();
            var managers = await Audiences.RegionHeadsAsync(db, lead.RegionId, user.Id, cancellationToken);
            db.Notifications.AddRange(managers.Select(m => Notification.For(m, NotificationKind.LeadQualified, lead.Name, user.Name, $"/leads/{lead.Id}", now)));
        }, cancellationToken);

    public Task<IReadOnlyList<ValidationError>> DisqualifyAsync(Guid id, string reason, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, "disqualify", (lead, _, _, _) => lead.Disqualify(reason), cancellationToken);

    /// <summary>
    /// LEAD-2: the qualified lead becomes a customer (the same record, so never a second one for the company) and its
    /// first opportunity is opened and its onboarding notice raised (CUS-5), in one transaction.
    /// </summary>
    public Task<IReadOnlyList<ValidationError>> ConvertAsync(Guid id, string opportunityTitle, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, "convert", async (lead, db, user, now) =>
        {
            lead.ConvertLead();
            db.Opportunities.Add(Opportunity.Open(lead.Id, lead.OwnerId, lead.RegionId, opportunityTitle, now));

            // CUS-5: the lead became a new customer; collection and service hear of it in the same save.
            await OnboardingNotices.RaiseAsync(db, lead, OnboardingReason.NewCustomer, null, user.Id, now, cancellationToken);
        }, cancellationToken);

    private Task<IReadOnlyList<ValidationError>> ChangeAsync(
        Guid id, string action, Action<Customer, CrmDbContext, CurrentUser, DateTimeOffset> change, CancellationToken cancellationToken) =>
        ChangeAsync(id, action, (lead, db, user, now) =>
        {
            change(lead, db, user, now);
            return Task.CompletedTask;
        }, cancellationToken);

    private async Task<IReadOnlyList<ValidationError>> ChangeAsync(
        Guid id, string action, Func<Customer, CrmDbContext, CurrentUser, DateTimeOffset, Task> change, CancellationToken cancellationToken)
    {
        var user = await currentUser.RequireAsync();
        await using var db = await dbFactory.CreateForAsync(user, cancellationToken);
        var lead = await FindAsync(db, user, id, tracked: true, cancellationToken);
        if (lead is null)
        {
            return NotFound;
        }

        if (!CustomerAccess.CanEditTerms(user, lead))
        {
            logger.AccessDenied(user.Id, user.Role, action, $"lead {id}");
            throw new AccessDeniedException("Only the lead's owner, the region's sales manager or the director works a lead.");
        }

        var errors = await DomainMoves.TryAsync(
            async () =>
            {
                await change(lead, db, user, time.GetUtcNow());
                await db.SaveChangesAsync(cancellationToken);
            },
            new ValidationError(string.Empty, "Lead.ChangedMeanwhile", "Someone changed this lead a moment ago. Reload and try again."));
        if (errors.Count == 0)
        {
            logger.LeadChanged(lead.Id, action, user.Id);
        }

        return errors;
    }

    private static async Task<Customer?> FindAsync(CrmDbContext db, CurrentUser user, Guid id, bool tracked, CancellationToken cancellationToken)
    {
        var query = db.Customers.Include(c => c.Contacts).Where(CustomerAccess.Readable(user)).Where(c => c.Id == id && c.Lead != null);
        return await (tracked ? query : query.AsNoTracking()).FirstOrDefaultAsync(cancellationToken);
    }
}
