using SalesCrm.Domain.Common;
using SalesCrm.Domain.Contracts;
using SalesCrm.Domain.Receivables;
using SalesCrm.Web.Features.Contracts;
using SalesCrm.Domain.Ownership;
using SalesCrm.Domain.Pipeline;
using SalesCrm.Web.Features.Pipeline;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SalesCrm.Domain.Catalogue;
using SalesCrm.Domain.Customers;
using SalesCrm.Domain.Organisation;
using SalesCrm.Web.Auth;
using SalesCrm.Web.Data.Auditing;
using SalesCrm.Web.Logging;
using SalesCrm.Web.Features.Visits;

namespace SalesCrm.Web.Data.Seed;

/// <summary>
/// Seeds the demo in Development, each part once: the organisation and its customers on the first start of an empty
/// database, the product catalogue on the first start without products (so a demo database from before it gets it too).
/// </summary>
internal sealed class DemoSeeder(
    CrmDbContext db, UserManager<CrmUser> users, TimeProvider time, CompanyCalendar calendar, ContractDocuments documents, ILogger<DemoSeeder> logger)
{
    public const int CustomerCount = 60;

    // Who owns the demo customers, in turn: most go to the reps, some to the account manager and a manager.
    private static readonly string[] OwnerRotation = ["rep.east", "rep.east", "am.east", "rep.south", "rep.south", "manager.east"];

    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        db.Actor = AuditActor.System;
        if (!await db.Regions.AnyAsync(cancellationToken))
        {
            await SeedOrganisationAsync(cancellationToken);
        }

        if (!await db.Products.AnyAsync(cancellationToken))
        {
            await SeedCatalogueAsync(cancellationToken);
        }

        if (!await db.Contracts.AnyAsync(cancellationToken))
        {
            await SeedContractsAsync(cancellationToken);
        }

        if (!await db.ServiceRequests.AnyAsync(cancellationToken))
        {
            await SeedServiceRequestsAsync(cancellationToken);
        }

        if (!await db.ContactLogs.AnyAsync(cancellationToken))
        {
            await SeedVisitsAsync(cancellationToken);
        }

        if (!await db.LostReasons.AnyAsync(cancellationToken))
        {
            SalesCrm.Web.Features.Tiers.TierLog.DemoGradesSeeded(logger, await DemoGrades.SeedAsync(db, time.GetUtcNow(), calendar, cancellationToken));
            db.Actor = AuditActor.System;
        }

        if (!await db.Collisions.AnyAsync(cancellationToken))
        {
            await DemoOwnership.SeedAsync(db, time.GetUtcNow(), calendar, cancellationToken);
        }

        if (!await db.SalesTargets.AnyAsync(t => t.Kind != Domain.Targets.TargetKind.Collections, cancellationToken))
        {
            await DemoTargets.SeedAsync(db, time.GetUtcNow(), calendar, cancellationToken);
        }
    }

    /// <summary>VIS-1..5 and TIER-3: see <see cref="DemoVisits"/>.</summary>
    private async Task SeedVisitsAsync(CancellationToken cancellationToken)
    {
        var people = await db.Users.Where(u => u.Email == "rep.east@demo.salescrm" || u.Email == "am.east@demo.salescrm" || u.Email == "manager.east@demo.salescrm")
            .ToDictionaryAsync(u => u.Email!, u => u.Id, cancellationToken);
        if (!people.TryGetValue("rep.east@demo.salescrm", out var rep) || !people.TryGetValue("am.east@demo.salescrm", out var accountManager)
            || !people.TryGetValue("manager.east@demo.salescrm", out var manager))
        {
            return;
        }

        var repCustomers = await db.Customers.Where(c => c.OwnerId == rep && c.Lead == null && c.PooledAt == null).OrderByDescending(c => c.FirstContactAt).Take(4).ToListAsync(cancellationToken);
        var accountManagerCustomers = await db.Customers.Where(c => c.OwnerId == accountManager && c.Lead == null && c.PooledAt == null)
            .OrderByDescending(c => c.FirstContactAt).Take(3).ToListAsync(cancellationToken);
        var (logs, plans) = DemoVisits.Create(repCustomers, accountManagerCustomers, rep, accountManager, manager, time.GetUtcNow(), calendar);
        db.ContactLogs.AddRange(logs);
        db.PlannedContacts.AddRange(plans);
        await db.SaveChangesAsync(cancellationToken);
        logger.DemoVisitsSeeded(logs.Count, plans.Count);
    }

    private async Task SeedServiceRequestsAsync(CancellationToken cancellationToken)
    {
        var people = (await db.Users.Where(u => u.Role == CrmRole.ServiceAgent || u.Role == CrmRole.ServiceManager || u.Role == CrmRole.MarketingDirector)
                .OrderBy(u => u.Email).Select(u => new { u.Role, u.Id, u.RegionId }).ToListAsync(cancellationToken))
            .DistinctBy(u => u.Role).ToDictionary(u => u.Role, u => (u.Id, u.RegionId));
        if (!people.TryGetValue(CrmRole.ServiceAgent, out var agent) || !people.TryGetValue(CrmRole.ServiceManager, out var manager)
            || !people.TryGetValue(CrmRole.MarketingDirector, out var director))
        {
            return;
        }

        var customers = (await db.Customers.Where(c => c.RegionId == agent.RegionId && c.Lead == null).OrderBy(c => c.FirstContactAt).Skip(4).Take(12)
            .Select(c => new { c.Id, c.RegionId }).ToListAsync(cancellationToken)).Select(c => (c.Id, c.RegionId)).ToList();
        if (customers.Count == 0)
        {
            return;
        }

        var requests = DemoServiceRequests.Create(customers, agent.Id, manager.Id, director.Id, time.GetUtcNow(), calendar);
        db.ServiceRequests.AddRange(requests);
        await db.SaveChangesAsync(cancellationToken);
        logger.DemoServiceRequestsSeeded(requests.Count);
    }

    /// <summary>
    /// CON-1..4: contracts at each step, so the contracts pages have something to show: every other deal in negotiation
    /// has its contract signed (with its issued PDF; signing signs the opportunity), some in execution; of the others one
    /// waits for the manager's approval of a price below list and one for legal review.
    /// </summary>
    private async Task SeedContractsAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var products = await db.Products.Where(p => p.IsActive).OrderBy(p => p.Code).Take(4).ToListAsync(cancellationToken);
        var opportunities = await db.Opportunities.Where(o => o.LostAt == null && o.Stage == OpportunityStage.Negotiation)
            .OrderBy(o => o.OpenedAt).ToListAsync(cancellationToken);
        var customers = await db.Customers.Where(c => opportunities.Select(o => o.CustomerId).Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
        var collector = await db.Users.Where(u => u.Role == CrmRole.Collector).Select(u => (Guid?)u.Id).FirstOrDefaultAsync(cancellationToken);
        var negotiating = 0;
        var signedSoFar = 0;
        var paying = new List<(Contract Contract, string Invoice, Guid By)>();
        for (var i = 0; i < opportunities.Count; i++)
        {
            var opportunity = opportunities[i];
            var customer = customers[opportunity.CustomerId];
            var product = products[i % products.Count];
            var quantity = Math.Max(1, decimal.Floor((opportunity.AmountValue ?? product.ListPrice.Amount) / product.ListPrice.Amount));
            // PIPE-1: every other deal in negotiation is signed, by signing its contract (ContractSigned signs the opportunity).
            var signs = i % 2 == 0;
            var belowList = !signs && negotiating == 0;
            var terms = new ContractTerms(
                [new ContractLine(product.Id, product.Code, product.Name, product.Unit, product.ListPrice.Amount, quantity, belowList ? product.ListPrice.Amount * 0.92m : product.ListPrice.Amount)],
                Money.DefaultCurrency, calendar.DayOf(now.AddDays(45 + (7 * i))), PaymentMethod.BankTransfer, customer.Settlement, 30, null,
                i % 2 == 0 ? SigningMethod.ElectronicSignature : SigningMethod.Paper, "两年保修，8 小时到场 Two-year warranty, on site within 8 hours", FreeService: false);
            // AR-1: the first contract to be signed was signed 78 days ago, so with 30 days' terms it is overdue and the
            // collector's worklist and the aging summary have something to show.
            var drafted = signs && signedSoFar++ == 0 ? now.AddDays(-80) : now.AddDays(-20 + i);
            var contract = Contract.Draft($"HT-{calendar.YearOf(drafted)}-{i + 1:D4}", customer.Id, opportunity.Id, opportunity.OwnerId, opportunity.RegionId, terms, customer.Settlement, opportunity.OwnerId, drafted, calendar);
            db.Contracts.Add(contract);
            if (!signs)
            {
                // The first waits for the manager's approval, the next for legal, the rest stay drafts.
                if (negotiating++ == 1)
                {
                    contract.SubmitForReview();
                }

                continue;
            }

            contract.SubmitForReview();
            contract.ApproveLegally("条款符合公司模板 Terms follow the company template");
            var signedAt = drafted.AddDays(2);
            var pdf = IssuedContractPdf.Issue(contract.Id, await documents.RenderAsync(db, contract, signedAt, issued: true, cancellationToken), signedAt);
            contract.Sign(pdf.Sha256, signedAt);
            db.IssuedContractPdfs.Add(pdf);
            if (collector is not null && i % 2 == 0)
            {
                paying.Add((contract, $"FP-{calendar.YearOf(now)}-{i + 1:D4}", collector.Value));
            }

            if (i % 2 == 0)
            {
                contract.StartExecution();
            }
        }

        // Signing opened the receivables and recorded the amounts on the customers (ContractSigned).
        await db.SaveChangesAsync(cancellationToken);
        foreach (var (contract, invoice, by) in paying)
        {
            // AR-1/AR-3: the customer confirmed the charges, was invoiced and paid part, so the ledger and statements show money moving.
            var receivable = await db.Receivables.FirstAsync(r => r.ContractId == contract.Id, cancellationToken);
            var total = contract.Terms.Total;
            receivable.ConfirmCharges(total, "采购部 Purchasing", by, now);
            receivable.Invoice(invoice, total, by, now);
            receivable.RecordPayment(Money.Cny(decimal.Round(total.Amount * 0.4m, 2)), calendar.DayOf(now), by, now, calendar);
        }

        await db.SaveChangesAsync(cancellationToken);
        logger.DemoContractsSeeded(opportunities.Count);
    }

    private async Task SeedOrganisationAsync(CancellationToken cancellationToken)
    {
        var regions = new[] { DemoOrganisation.East, DemoOrganisation.South }.ToDictionary(n => n, Region.Create);
        db.Regions.AddRange(regions.Values);
        await db.SaveChangesAsync(cancellationToken);

        var created = new Dictionary<string, CrmUser>();
        foreach (var demo in DemoOrganisation.Users)
        {
            var user = new CrmUser
            {
                UserName = demo.Email, Email = demo.Email, EmailConfirmed = true, DisplayName = demo.DisplayName,
                Role = demo.Role, RegionId = regions[demo.Region].Id,
            };
            var result = await users.CreateAsync(user, DemoOrganisation.Password);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException($"Could not create demo user {demo.Email}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
            }

            created[demo.Email] = user;
            if (demo.Role == CrmRole.SalesManager)
            {
                regions[demo.Region].AppointSalesManager(user.Id);
            }
        }

        var owners = OwnerRotation.Select(o => created[$"{o}@demo.salescrm"]).ToArray();
        var now = time.GetUtcNow();
        var index = 0;
        foreach (var (profile, terms, contacts) in DemoCompanies.Generate(CustomerCount, seed: 2026))
        {
            var owner = owners[index % owners.Length];
            var registeredAt = index switch
            {
                // OWN-6: with the pool on (as in Development), two go to the pool at start and two show in the 7-day preview.
                < 2 => now.AddDays(-120 + index),
                < 4 => now.AddDays(-87 + index),
                _ => now.AddHours(-7 * (CustomerCount - index)),
            };
            var customer = index % 8 == 7 && contacts.FirstOrDefault() is { } first && (first.Phone ?? first.Email) is not null
                ? DemoLead(profile, first, owner, registeredAt, index / 8)
                : Customer.Register(profile, terms, contacts, owner.Id, owner.RegionId, registeredAt, calendar);
            db.Customers.Add(customer);
            db.OwnershipLedger.Add(OwnershipRecord.FirstContact(customer.Id, owner.Id, owner.Id, customer.FirstContactAt));
            if (customer.IsCustomer && index >= 4 && index % 3 == 1)
            {
                db.Opportunities.Add(DemoOpportunity(customer, registeredAt, now, index / 3));
            }

            index++;
        }

        await db.SaveChangesAsync(cancellationToken);
        logger.DemoSeeded(regions.Count, created.Count, index);
    }

    /// <summary>Some demo customers have an opportunity, spread over the four stages a rep moves by hand and lost (signing is the contracts' work), so the board and funnel show something.</summary>
    private Opportunity DemoOpportunity(Customer customer, DateTimeOffset openedAt, DateTimeOffset now, int step)
    {
        var amount = Money.Cny(200_000m * (1 + (step % 7)));
        var opportunity = Opportunity.Open(customer.Id, customer.OwnerId, customer.RegionId, $"{customer.Industry ?? "设备"}采购 Equipment purchase", openedAt, amount);
        StageRecord[] records =
        [
            new ContactRecord(),
            new NeedsRecord(PipelineOptions.DefaultQuestions.Take(5).Select(q => new NeedsAnswer(q, "已在首次拜访中确认 Confirmed at the first visit")).ToList()),
            new SolutionRecord("叉车与维保套餐 Forklifts with a maintenance plan", amount.Amount, amount.Currency, "两年保修 Two-year warranty"),
        ];
        var stages = step % 6;
        var lost = stages == 5;
        for (var i = 0; i < (lost ? 2 : Math.Min(stages, records.Length)); i++)
        {
            opportunity.AdvanceTo(opportunity.Stage + 1, records[i], minimumNeedsAnswers: 0, Min(openedAt.AddHours(3 * (i + 1)), now), calendar);
        }

        if (lost)
        {
            opportunity.Lose("选择了竞争对手 Chose a competitor", Min(openedAt.AddHours(6), now));
        }

        return opportunity;

        static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
    }

    private async Task SeedCatalogueAsync(CancellationToken cancellationToken)
    {
        foreach (var details in DemoCatalogue.Products)
        {
            var product = Product.Create(details);
            if (product.Code == DemoCatalogue.Discontinued)
            {
                product.Deactivate();
            }

            db.Products.Add(product);
        }

        await db.SaveChangesAsync(cancellationToken);
        logger.DemoCatalogueSeeded(DemoCatalogue.Products.Count);
    }

    /// <summary>Some demo companies are still leads, at each step of LEAD-1/2, so the leads page has something to show.</summary>
    private Customer DemoLead(CustomerProfile profile, ContactDetails contact, CrmUser owner, DateTimeOffset registeredAt, int step)
    {
        var lead = Customer.RegisterLead(profile, contact, owner.Id, owner.RegionId, registeredAt, calendar);
        if (step % 4 >= 1)
        {
            lead.MarkContacted(registeredAt.AddDays(2));
        }

        if (step % 4 == 2)
        {
            lead.Qualify();
        }

        if (step % 4 == 3)
        {
            lead.Disqualify("暂无预算 No budget this year");
        }

        return lead;
    }
}
