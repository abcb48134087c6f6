using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SalesCrm.Domain.Common;
using SalesCrm.Domain.Contracts;
using SalesCrm.Domain.Notifications;
using SalesCrm.Domain.Organisation;
using SalesCrm.Domain.Pipeline;
using SalesCrm.Web.Auth;
using SalesCrm.Web.Data;
using SalesCrm.Web.Data.Auditing;
using SalesCrm.Web.Features.Catalogue;
using SalesCrm.Web.Features.Exports;
using SalesCrm.Web.Features.Paging;
using SalesCrm.Web.Features.Receivables;
using SalesCrm.Web.Logging;

namespace SalesCrm.Web.Features.Contracts;

/// <summary>
/// Contracts (CON-1..4): drafted from an opportunity in negotiation, terms checked by the domain against CON-2's limits,
/// approval requests to the region's sales manager, legal review, signing (which issues and keeps the PDF and marks the
/// opportunity and customer signed), execution and the end states. Access is <see cref="ContractAccess"/>; a contract
/// the user may not read is "not found".
/// </summary>
public sealed class ContractService(
    IDbContextFactory<CrmDbContext> dbFactory,
    CurrentUserAccessor currentUser,
    TimeProvider time,
    CompanyCalendar calendar,
    IOptions<ContractOptions> options,
    ContractDocuments documents,
    ExportService exports,
    ILogger<ContractService> logger)
{
    private static readonly ValidationError[] NotFound = [new(string.Empty, "Contract.NotFound", "This contract does not exist, or you have no access to it.")];
    private static readonly ValidationError ChangedMeanwhile = new(string.Empty, "Contract.ChangedMeanwhile", "Someone changed this contract a moment ago. Reload and try again.");

    public ContractOptions Settings => options.Value;

    /// <summary>The latest version of each contract number the user may read, newest first, filtered by queue, status and search.</summary>
    public async Task<PagedResult<ContractRow>> ListAsync(PageRequest request, ContractWorklist queue, ContractStatus? status, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var user = await currentUser.RequireAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var readable = db.Contracts.AsNoTracking().Where(ContractAccess.Readable(user, db.Customers));
        var query = readable.Where(c => !readable.Any(n => n.Number == c.Number && n.VersionNumber > c.VersionNumber));
        query = queue switch
        {
            ContractWorklist.AwaitingMyApproval => query.Where(ContractAccess.AwaitingDecisionBy(user)),
            ContractWorklist.InLegalReview => query.Where(c => c.Status == ContractStatus.InReview),
            ContractWorklist.ReadyToSign => query.Where(c => c.Status == ContractStatus.Approved),
            _ => query,
        };
        if (status is { } wanted)
        {
            query = query.Where(c => c.Status == wanted);
        }

        if (!string.IsNullOrWhiteSpace(request.Search))
        {
            var pattern = LikePattern.Containing(request.Search.Trim());
            query = query.Where(c => EF.Functions.Like(c.Number, pattern, LikePattern.Escape)
                || db.Customers.Any(k => k.Id == c.CustomerId && EF.Functions.Like(k.Name, pattern, LikePattern.Escape)));
        }

        var total = await query.CountAsync(cancellationToken);
        var page = await query.OrderByDescending(c => c.DraftedAt).ThenBy(c => c.Number).Skip(request.Skip).Take(request.Take)
            .Select(c => new
            {
                Contract = c,
                Customer = db.Customers.Where(k => k.Id == c.CustomerId).Select(k => k.Name).First(),
                Owner = db.Users.Where(u => u.Id == c.OwnerId).Select(u => u.DisplayName).First(),
            })
            .ToListAsync(cancellationToken);
        return new PagedResult<ContractRow>(page.Select(p => Row(p.Contract, p.Customer, p.Owner)).ToList(), total);
    }

    /// <summary>The contracts of one customer the user may read (every version), newest first.</summary>
    public async Task<IReadOnlyList<ContractRow>> ForCustomerAsync(Guid customerId, CancellationToken cancellationToken = default)
    {
        var user = await currentUser.RequireAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var found = await db.Contracts.AsNoTracking().Where(ContractAccess.Readable(user, db.Customers)).Where(c => c.CustomerId == customerId)
            .OrderByDescending(c => c.DraftedAt).Take(100)
            .Select(c => new { Contract = c, Owner = db.Users.Where(u => u.Id == c.OwnerId).Select(u => u.DisplayName).First() })
            .ToListAsync(cancellationToken);
        var customer = await db.Customers.AsNoTracking().Where(c => c.Id == customerId).Select(c => c.Name).FirstOrDefaultAsync(cancellationToken) ?? string.Empty;
        return found.Select(f => Row(f.Contract, customer, f.Owner)).ToList();
    }

    /// <summary>The latest version of the opportunity's contract (not counting cancelled ones) the user may read, if any.</summary>
    public async Task<ContractRow?> ForOpportunityAsync(Guid opportunityId, CancellationToken cancellationToken = default)
    {
        var user = await currentUser.RequireAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var found = await db.Contracts.AsNoTracking().Where(ContractAccess.Readable(user, db.Customers))
            .Where(c => c.OpportunityId == opportunityId && c.Status != ContractStatus.Cancelled)
            .OrderByDescending(c => c.VersionNumber)
            .Select(c => new { Contract = c, Owner = db.Users.Where(u => u.Id == c.OwnerId).Select(u => u.DisplayName).First(), Customer = db.Customers.Where(k => k.Id == c.CustomerId).Select(k => k.Name).First() })
            .FirstOrDefaultAsync(cancellationToken);
        return found is null ? null : Row(found.Contract, found.Customer, found.Owner);
    }

    public async Task<ContractView?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var user = await currentUser.RequireAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var contract = await db.Contracts.AsNoTracking().Where(ContractAccess.Readable(user, db.Customers)).FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (contract is null)
        {
            return null;
        }

        var names = await db.Customers.AsNoTracking().Where(c => c.Id == contract.CustomerId)
            .Select(c => new
            {
                c.Name,
                Opportunity = db.Opportunities.Where(o => o.Id == contract.OpportunityId).Select(o => o.Title).FirstOrDefault(),
                Region = db.Regions.Where(r => r.Id == contract.RegionId).Select(r => r.Name).First(),
            })
            .FirstAsync(cancellationToken);
        var peopleIds = contract.Approvals.SelectMany(a => new[] { a.RequestedById, a.DecidedById ?? Guid.Empty }).Append(contract.OwnerId).Distinct().ToList();
        var people = await db.Users.AsNoTracking().Where(u => peopleIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        var versions = await db.Contracts.AsNoTracking().Where(ContractAccess.Readable(user, db.Customers)).Where(c => c.Number == contract.Number)
            .OrderBy(c => c.VersionNumber)
            .Select(c => new ContractVersionRow(c.Id, c.VersionNumber, c.Status, c.DraftedAt, c.SignedAt))
            .ToListAsync(cancellationToken);
        var actor = ContractAccess.ActorFor(user, contract);
        return new ContractView(
            contract, names.Name, names.Opportunity, people.GetValueOrDefault(contract.OwnerId, string.Empty), names.Region, people, versions,
            actor.Works, contract.AllowedMoves(actor, isLatestVersion: versions.Count == 0 || versions[^1].Id == contract.Id), contract.DecidableBy(actor));
    }

    /// <summary>
    /// CON-1: a new draft's form for an opportunity in negotiation, filled with what the negotiation settled and the
    /// customer's settlement method; null when the user may not draft for it.
    /// </summary>
    public async Task<ContractDraftStart?> StartDraftAsync(Guid opportunityId, CancellationToken cancellationToken = default)
    {
        var user = await currentUser.RequireAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var opportunity = await db.Opportunities.AsNoTracking().Where(OpportunityAccess.Readable(user, db.Customers)).FirstOrDefaultAsync(o => o.Id == opportunityId, cancellationToken);
        if (opportunity is null)
        {
            return null;
        }

        var customer = await db.Customers.AsNoTracking().FirstAsync(c => c.Id == opportunity.CustomerId, cancellationToken);
        var form = new ContractForm
        {
            DeliveryDate = opportunity.DeliveryDate?.ToDateTime(TimeOnly.MinValue),
            PaymentMethod = opportunity.PaymentMethod,
            Settlement = customer.Settlement,
            ServiceCommitments = opportunity.ServiceCommitments,
        };
        form.Lines.Add(new ContractLineForm());
        var existing = await ExistingContractAsync(db, opportunityId, cancellationToken);
        return new ContractDraftStart(null, null, opportunity.Id, opportunity.Title, customer.Name, customer.Settlement, opportunity.NegotiatedPrice, form, [null], existing);
    }

    /// <summary>A draft's form to change it; null when the user may not read it. Whether they may change it is checked on saving.</summary>
    public async Task<ContractDraftStart?> StartEditAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var user = await currentUser.RequireAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var contract = await db.Contracts.AsNoTracking().Where(ContractAccess.Readable(user, db.Customers)).FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (contract is null)
        {
            return null;
        }

        var customer = await db.Customers.AsNoTracking().Where(c => c.Id == contract.CustomerId).Select(c => new { c.Name, c.Settlement }).FirstAsync(cancellationToken);
        var opportunity = await db.Opportunities.AsNoTracking().Where(o => o.Id == contract.OpportunityId).Select(o => new { o.Title, o.NegotiatedPriceValue, o.Currency }).FirstOrDefaultAsync(cancellationToken);
        var products = contract.Terms.Lines.Select(l => (ProductOption?)new ProductOption(l.ProductId, l.ProductCode, l.ProductName, l.Unit, new Money(l.ListPrice, contract.Terms.Currency))).ToList();
        return new ContractDraftStart(
            contract.Id, contract.Number, contract.OpportunityId, opportunity?.Title, customer.Name, customer.Settlement,
            opportunity?.NegotiatedPriceValue is { } price ? new Money(price, opportunity.Currency) : null, ContractForm.From(contract.Terms), products, null);
    }

    /// <summary>CON-1/2: drafts a contract for an opportunity in negotiation; terms the rep may not grant become approval requests.</summary>
    public async Task<ContractSaveResult> DraftAsync(Guid opportunityId, ContractForm form, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        var user = await currentUser.RequireAsync();
        await using var db = await dbFactory.CreateForAsync(user, cancellationToken);
        var opportunity = await db.Opportunities.AsNoTracking().Where(OpportunityAccess.Readable(user, db.Customers)).FirstOrDefaultAsync(o => o.Id == opportunityId, cancellationToken);
        if (opportunity is null)
        {
            return new ContractSaveResult(null, [new ValidationError(string.Empty, "Opportunity.NotFound", "This opportunity does not exist, or you have no access to it.")]);
        }

        if (opportunity.IsLost || opportunity.Stage < OpportunityStage.Negotiation)
        {
            return new ContractSaveResult(null, [new ValidationError(string.Empty, "Contract.OpportunityNotReady", "A contract is drafted for an opportunity in negotiation.")]);
        }

        if (await ExistingContractAsync(db, opportunityId, cancellationToken) is { } existing)
        {
            return new ContractSaveResult(null, [new ValidationError(string.Empty, "Contract.OpportunityHasContract", $"This opportunity already has contract {existing}.")]);
        }

        var customer = await db.Customers.AsNoTracking().FirstAsync(c => c.Id == opportunity.CustomerId, cancellationToken);
        var (terms, lineErrors) = await TermsAsync(db, form, [], cancellationToken);
        var now = time.GetUtcNow();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var number = await ContractNumbers.NextAsync(db, calendar.YearOf(now), cancellationToken);
                var contract = Contract.Draft(number, customer.Id, opportunity.Id, opportunity.OwnerId, opportunity.RegionId, terms, customer.Settlement, user.Id, now, calendar, Settings.MaxPaymentTermsDays);
                if (lineErrors.Count > 0)
                {
                    return new ContractSaveResult(null, lineErrors);
                }

                db.Contracts.Add(contract);
                await NotifyApproversAsync(db, contract, user, now, cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
                logger.ContractChanged(contract.Id, "draft", user.Id);
                return new ContractSaveResult(contract.Id, []);
            }
            catch (DomainValidationException e)
            {
                return new ContractSaveResult(null, [.. lineErrors, .. e.Errors.Where(x => !lineErrors.Any(l => l.Field == x.Field))]);
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                // Two drafts took the same number at the same moment; the unique index refused one. Take the next.
                db.ChangeTracker.Clear();
            }
        }
    }

    /// <summary>CON-1/2: new terms for a draft; its approval requests start again from what the new terms need.</summary>
    public async Task<ContractSaveResult> UpdateDraftAsync(Guid id, ContractForm form, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        var user = await currentUser.RequireAsync();
        await using var db = await dbFactory.CreateForAsync(user, cancellationToken);
        var contract = await db.Contracts.Where(ContractAccess.Readable(user, db.Customers)).FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (contract is null)
        {
            return new ContractSaveResult(null, NotFound);
        }

        RequireWork(user, contract, "change");
        var settlement = await db.Customers.Where(c => c.Id == contract.CustomerId).Select(c => c.Settlement).FirstAsync(cancellationToken);
        var (terms, lineErrors) = await TermsAsync(db, form, contract.Terms.Lines, cancellationToken);
        var now = time.GetUtcNow();
        try
        {
            contract.ChangeTerms(terms, settlement, user.Id, now, calendar, Settings.MaxPaymentTermsDays);
            if (lineErrors.Count > 0)
            {
                return new ContractSaveResult(null, lineErrors);
            }

            await NotifyApproversAsync(db, contract, user, now, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DomainValidationException e)
        {
            return new ContractSaveResult(null, [.. lineErrors, .. e.Errors.Where(x => !lineErrors.Any(l => l.Field == x.Field))]);
        }
        catch (DomainException e)
        {
            return new ContractSaveResult(null, [new ValidationError(string.Empty, e.Code, e.Message)]);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new ContractSaveResult(null, [ChangedMeanwhile]);
        }

        logger.ContractChanged(contract.Id, "change terms", user.Id);
        return new ContractSaveResult(contract.Id, []);
    }

    /// <summary>CON-2: the region's sales manager (or the director) approves or rejects one requested term, with a comment.</summary>
    public Task<IReadOnlyList<ValidationError>> DecideApprovalAsync(Guid id, ApprovalReason reason, bool approve, string? comment, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, $"{(approve ? "approve" : "reject")} {reason}", ContractAccess.CanDecideApprovals, "decide approvals for", (db, contract, user, now) =>
        {
            contract.DecideApproval(reason, approve, user.Id, comment, now);
            var requester = contract.Approvals.First(a => a.Reason == reason).RequestedById;
            db.Notifications.Add(Notification.For(
                requester, approve ? NotificationKind.ContractApprovalApproved : NotificationKind.ContractApprovalRejected, contract.Number, user.Name, Link(contract), now));
            return Task.CompletedTask;
        }, cancellationToken);

    /// <summary>CON-3: to legal review, once every approval is granted; legal is told.</summary>
    public Task<IReadOnlyList<ValidationError>> SubmitForReviewAsync(Guid id, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, "submit for review", ContractAccess.CanWork, "submit", async (db, contract, user, now) =>
        {
            contract.SubmitForReview();
            var lawyers = await db.Users.IdsAsync(Audiences.Lawyers, cancellationToken);
            db.Notifications.AddRange(lawyers.Select(l => Notification.For(l, NotificationKind.ContractInReview, contract.Number, user.Name, Link(contract), now)));
        }, cancellationToken);

    /// <summary>CON-3: legal approves the contract for signing.</summary>
    public Task<IReadOnlyList<ValidationError>> ApproveLegallyAsync(Guid id, string? comments, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, "legal approval", (u, _) => ContractAccess.CanReview(u), "review", (db, contract, user, now) =>
        {
            contract.ApproveLegally(comments);
            db.Notifications.Add(Notification.For(contract.OwnerId, NotificationKind.ContractLegallyApproved, contract.Number, user.Name, Link(contract), now));
            return Task.CompletedTask;
        }, cancellationToken);

    /// <summary>CON-3: legal sends the contract back to draft with what must change.</summary>
    public Task<IReadOnlyList<ValidationError>> SendBackAsync(Guid id, string? comments, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, "send back", (u, _) => ContractAccess.CanReview(u), "review", (db, contract, user, now) =>
        {
            contract.SendBack(comments);
            db.Notifications.Add(Notification.For(contract.OwnerId, NotificationKind.ContractSentBack, contract.Number, user.Name, Link(contract), now));
            return Task.CompletedTask;
        }, cancellationToken);

    /// <summary>
    /// CON-3/CON-4: signs the approved contract. The PDF is rendered once and stored with its SHA-256; what signing
    /// causes (the receivable, the customer's amount and grade, the opportunity) follows from <see cref="ContractSigned"/>
    /// in the same save.
    /// </summary>
    public Task<IReadOnlyList<ValidationError>> SignAsync(Guid id, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, "sign", ContractAccess.CanWork, "sign", async (db, contract, user, now) =>
        {
            var pdf = IssuedContractPdf.Issue(contract.Id, await documents.RenderAsync(db, contract, now, issued: true, cancellationToken), now);
            contract.Sign(pdf.Sha256, now);
            db.IssuedContractPdfs.Add(pdf);
        }, cancellationToken);

    public Task<IReadOnlyList<ValidationError>> StartExecutionAsync(Guid id, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, "start execution", ContractAccess.CanWork, "run", (_, contract, _, _) => Done(contract.StartExecution), cancellationToken);

    public Task<IReadOnlyList<ValidationError>> CompleteAsync(Guid id, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, "complete", ContractAccess.CanWork, "run", (_, contract, _, _) => Done(contract.Complete), cancellationToken);

    /// <summary>CON-3: ends an unsigned contract (<see cref="ContractEnded"/> regrades the customer in the same save).</summary>
    public Task<IReadOnlyList<ValidationError>> CancelAsync(Guid id, string? reason, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, "cancel", ContractAccess.CanWork, "cancel", (_, contract, _, _) => Done(() => contract.Cancel(reason)), cancellationToken);

    /// <summary>CON-3: ends a signed contract (<see cref="ContractEnded"/>: its amount no longer counts for the grade).</summary>
    public Task<IReadOnlyList<ValidationError>> TerminateAsync(Guid id, string? reason, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, "terminate", ContractAccess.CanWork, "terminate", (_, contract, _, _) => Done(() => contract.Terminate(reason)), cancellationToken);

    /// <summary>CON-3: a change to a signed contract starts a new version (a draft with the same number); this one stays as signed.</summary>
    public async Task<ContractSaveResult> NewVersionAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var user = await currentUser.RequireAsync();
        await using var db = await dbFactory.CreateForAsync(user, cancellationToken);
        var contract = await db.Contracts.AsNoTracking().Where(ContractAccess.Readable(user, db.Customers)).FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (contract is null)
        {
            return new ContractSaveResult(null, NotFound);
        }

        RequireWork(user, contract, "change");
        if (await db.Contracts.AnyAsync(c => c.Number == contract.Number && c.VersionNumber > contract.VersionNumber, cancellationToken))
        {
            return new ContractSaveResult(null, [new ValidationError(string.Empty, "Contract.NewerVersionExists", "A newer version of this contract exists; change that one.")]);
        }

        try
        {
            var settlement = await db.Customers.Where(c => c.Id == contract.CustomerId).Select(c => c.Settlement).FirstAsync(cancellationToken);
            var next = contract.NewVersion(settlement, user.Id, time.GetUtcNow());
            db.Contracts.Add(next);
            await db.SaveChangesAsync(cancellationToken);
            logger.ContractChanged(next.Id, "new version", user.Id);
            return new ContractSaveResult(next.Id, []);
        }
        catch (DomainException e)
        {
            return new ContractSaveResult(null, [new ValidationError(string.Empty, e.Code, e.Message)]);
        }
        catch (DbUpdateException)
        {
            return new ContractSaveResult(null, [ChangedMeanwhile]);
        }
    }

    /// <summary>
    /// CON-4: the contract's PDF for a reader of it — for a signed contract exactly the bytes issued at signing, before
    /// that a fresh rendering marked as a draft. Null when the user may not read the contract. SEC-3: every download is
    /// recorded as an export of the contract.
    /// </summary>
    public async Task<ContractPdfFile?> PdfAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var user = await currentUser.RequireAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var contract = await db.Contracts.AsNoTracking().Where(ContractAccess.Readable(user, db.Customers)).FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (contract is null)
        {
            return null;
        }

        var fileName = $"{contract.Number}-v{contract.VersionNumber}.pdf";
        var issued = await db.IssuedContractPdfs.AsNoTracking().FirstOrDefaultAsync(p => p.ContractId == id, cancellationToken);
        var pdf = issued is not null
            ? new ContractPdfFile(issued.Content, fileName, issued.Sha256)
            : new ContractPdfFile(await documents.RenderAsync(db, contract, time.GetUtcNow(), issued: false, cancellationToken), fileName, null);
        var customer = await db.Customers.Where(k => k.Id == contract.CustomerId).Select(k => k.Name).FirstAsync(cancellationToken);
        await exports.RecordAsync(user, ExportKind.ContractPdf, contract.Id, $"{contract.Number} v{contract.VersionNumber} · {customer}", null, cancellationToken);
        return pdf;
    }

    private static ContractRow Row(Contract c, string customer, string owner) => new(
        c.Id, c.Number, c.VersionNumber, customer, owner, c.Status, c.Terms.Total, c.DraftedAt, c.SignedAt, c.Approvals.Count(a => a.Status == ApprovalStatus.Pending));

    private static Task Done(Action change)
    {
        change();
        return Task.CompletedTask;
    }

    private static string Link(Contract contract) => $"/contracts/{contract.Id}";

    private void RequireWork(CurrentUser user, Contract contract, string action)
    {
        if (!ContractAccess.CanWork(user, contract))
        {
            logger.AccessDenied(user.Id, user.Role, action, $"contract {contract.Id}");
            throw new AccessDeniedException("Only the contract's owner, the region's sales manager or the director work on this contract.");
        }
    }

    private async Task<IReadOnlyList<ValidationError>> ChangeAsync(
        Guid id, string action, Func<CurrentUser, Contract, bool> allowed, string deniedAction,
        Func<CrmDbContext, Contract, CurrentUser, DateTimeOffset, Task> change, CancellationToken cancellationToken)
    {
        var user = await currentUser.RequireAsync();
        await using var db = await dbFactory.CreateForAsync(user, cancellationToken);
        var contract = await db.Contracts.Where(ContractAccess.Readable(user, db.Customers)).FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (contract is null)
        {
            return NotFound;
        }

        if (!allowed(user, contract))
        {
            logger.AccessDenied(user.Id, user.Role, deniedAction, $"contract {id}");
            throw new AccessDeniedException("Your role may not do this on this contract.");
        }

        var errors = await DomainMoves.TryAsync(
            async () =>
            {
                await change(db, contract, user, time.GetUtcNow());
                await db.SaveChangesAsync(cancellationToken);
            },
            ChangedMeanwhile);
        if (errors.Count == 0)
        {
            logger.ContractChanged(contract.Id, action, user.Id);
        }

        return errors;
    }

    /// <summary>CON-2: each pending request goes to the region's sales manager, or to the director when the region has none.</summary>
    private static async Task NotifyApproversAsync(CrmDbContext db, Contract contract, CurrentUser user, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!contract.Approvals.Any(a => a.Status == ApprovalStatus.Pending))
        {
            return;
        }

        var deciders = await Audiences.RegionHeadsAsync(db, contract.RegionId, user.Id, cancellationToken);
        db.Notifications.AddRange(deciders.Select(d => Notification.For(d, NotificationKind.ContractApprovalRequested, contract.Number, user.Name, Link(contract), now)));
    }

    private static async Task<string?> ExistingContractAsync(CrmDbContext db, Guid opportunityId, CancellationToken cancellationToken) =>
        await db.Contracts.AsNoTracking()
            .Where(c => c.OpportunityId == opportunityId && c.Status != ContractStatus.Cancelled)
            .Select(c => c.Number).FirstOrDefaultAsync(cancellationToken);

    /// <summary>
    /// The form's lines as contract lines, each product as the catalogue has it now (active), or as the draft already
    /// has it (so a product withdrawn meanwhile does not break a draft's other changes).
    /// </summary>
    private static async Task<(ContractTerms Terms, IReadOnlyList<ValidationError> Errors)> TermsAsync(
        CrmDbContext db, ContractForm form, IReadOnlyList<ContractLine> current, CancellationToken cancellationToken)
    {
        var ids = form.Lines.Where(l => l.ProductId is not null).Select(l => l.ProductId!.Value).Distinct().ToList();
        var products = await db.Products.AsNoTracking().Where(p => ids.Contains(p.Id) && p.IsActive).ToDictionaryAsync(p => p.Id, cancellationToken);
        var errors = new ValidationErrors();
        var lines = new List<ContractLine>();
        for (var i = 0; i < form.Lines.Count; i++)
        {
            var line = form.Lines[i];
            var quantity = line.Quantity ?? 0;
            var unitPrice = line.UnitPrice ?? -1;
            if (line.ProductId is { } productId && products.TryGetValue(productId, out var product))
            {
                lines.Add(new ContractLine(product.Id, product.Code, product.Name, product.Unit, product.ListPrice.Amount, quantity, line.UnitPrice ?? product.ListPrice.Amount));
            }
            else if (current.FirstOrDefault(l => l.ProductId == line.ProductId) is { } kept)
            {
                lines.Add(kept with { Quantity = quantity, UnitPrice = line.UnitPrice ?? kept.UnitPrice });
            }
            else
            {
                errors.Add($"Lines[{i}].Product", "Contract.ProductRequired", "Choose an active product from the catalogue.");
                lines.Add(new ContractLine(Guid.Empty, string.Empty, string.Empty, string.Empty, 0, quantity, unitPrice));
            }
        }

        var terms = new ContractTerms(
            lines, Money.DefaultCurrency, form.DeliveryDate is { } delivery ? DateOnly.FromDateTime(delivery) : null, form.PaymentMethod, form.Settlement,
            form.PaymentTermsDays, form.BreachCompensationPercent, form.SigningMethod, form.ServiceCommitments, form.FreeService);
        return (terms, errors.Items);
    }
}
