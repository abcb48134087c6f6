using SalesCrm.Domain.Common;
using SalesCrm.Domain.Customers;
using SalesCrm.Domain.Visits;

namespace SalesCrm.Web.Data.Seed;

/// <summary>
/// VIS-1..5 and TIER-3 demo for the East region: contacts logged with the rep's customers (one a late entry, one corrected
/// after 24 hours so it keeps a version), the rep's and the account manager's agenda with contacts due today, this week
/// and overdue, a visit a customer asked for, and three A-tier customers of the account manager (graded A by a manager
/// for their size) of which one has had its two visits this quarter, one a single visit and one none.
/// </summary>
internal static class DemoVisits
{
    private static readonly TimeSpan LateAfter = ContactLog.DefaultLateAfter;

    /// <summary>The new records to add; the customers passed in are changed in place (contact times, grades, account manager).</summary>
    public static (IReadOnlyList<ContactLog> Logs, IReadOnlyList<PlannedContact> Plans) Create(
        IReadOnlyList<Customer> repCustomers, IReadOnlyList<Customer> accountManagerCustomers, Guid rep, Guid accountManager, Guid manager, DateTimeOffset now,
        CompanyCalendar calendar)
    {
        var logs = new List<ContactLog>();
        var plans = new List<PlannedContact>();
        var today = calendar.DayOf(now);
        var quarterStart = calendar.StartOf(calendar.QuarterOf(now));

        ContactLog Log(Customer customer, ContactKind kind, ContactPurpose purpose, DateTimeOffset occurred, DateTimeOffset entered, Guid author, string notes, string? outcome = null)
        {
            var log = ContactLog.Log(customer.Id, kind, purpose, occurred, "采购部王经理 Manager Wang, Purchasing", notes, outcome, "两周后再跟进 Follow up in two weeks",
                purpose == ContactPurpose.ReturnVisit ? 4 : null, author, entered, LateAfter);
            customer.RecordContact(occurred);
            logs.Add(log);
            return log;
        }

        void Plan(Customer customer, Guid assignee, int dueInDays, Priority priority, string text, ContactPurpose purpose = ContactPurpose.Regular)
        {
            // An overdue contact was planned before its day came.
            var plannedAt = dueInDays < 0 ? now.AddDays(dueInDays - 3) : now;
            plans.Add(PlannedContact.Plan(customer.Id, assignee, today.AddDays(dueInDays), priority, text, purpose, assignee, plannedAt, calendar));
        }

        if (repCustomers.Count >= 4)
        {
            Log(repCustomers[0], ContactKind.Phone, ContactPurpose.Regular, now.AddDays(-2).AddHours(-3), now.AddDays(-2).AddHours(-2), rep,
                "电话确认第二季度采购计划 Confirmed the second-quarter purchase plan by phone", "客户同意安排演示 Agreed to a demo");
            Log(repCustomers[0], ContactKind.OnSiteVisit, ContactPurpose.Regular, now.AddDays(-9), now.AddDays(-9).AddHours(4), rep,
                "上门了解仓库布局和叉车使用情况 Visited the warehouse to see how the forklifts are used");

            // VIS-2: entered five days after the visit it claims — a late entry for the manager.
            Log(repCustomers[1], ContactKind.OnSiteVisit, ContactPurpose.Regular, now.AddDays(-6), now.AddDays(-1), rep,
                "拜访设备科，介绍新款电动叉车 Presented the new electric forklift to the equipment team");

            // VIS-2: corrected two days after entering it, so the first version is kept.
            var corrected = Log(repCustomers[2], ContactKind.Video, ContactPurpose.Regular, now.AddDays(-3).AddHours(-1), now.AddDays(-3), rep,
                "视频会议讨论报价 Discussed the quote by video");
            corrected.Edit(ContactKind.Video, ContactPurpose.Regular, corrected.OccurredAt, corrected.Participants,
                "视频会议讨论报价，客户希望分期付款 Discussed the quote by video; the customer asks to pay in instalments", "需要财务确认 Finance to confirm",
                corrected.NextStep, null, rep, now.AddDays(-1), LateAfter);

            Plan(repCustomers[0], rep, 0, Priority.High, "确认演示时间 Confirm the demo date");
            Plan(repCustomers[1], rep, -2, Priority.Normal, "回复设备科的问题 Answer the equipment team's questions");
            Plan(repCustomers[2], rep, 2, Priority.Low, "寄送分期付款方案 Send the instalment plan");
            Plan(repCustomers[3], rep, 1, Priority.High, "客户要求上门检查叉车 The customer asked for a visit to check the forklifts", ContactPurpose.RequestedVisit);
        }

        if (accountManagerCustomers.Count >= 3)
        {
            foreach (var customer in accountManagerCustomers.Take(3))
            {
                customer.OverrideTier(Tier.A, "集团客户，年采购潜力大 A group company with a large yearly purchase potential", manager, now);
                customer.AssignAccountManager(accountManager);
            }

            // TIER-3: two visits this quarter, one visit, none.
            DateTimeOffset InQuarter(int daysAgo) => now.AddDays(-daysAgo) > quarterStart ? now.AddDays(-daysAgo) : quarterStart;
            Log(accountManagerCustomers[0], ContactKind.OnSiteVisit, ContactPurpose.Regular, InQuarter(20), InQuarter(20), accountManager,
                "季度拜访：了解新厂区规划 Quarterly visit: the new plant's plans");
            Log(accountManagerCustomers[0], ContactKind.OnSiteVisit, ContactPurpose.ReturnVisit, InQuarter(3), InQuarter(3), accountManager,
                "回访：设备运行正常 Return visit: the equipment runs well");
            var renewal = Log(accountManagerCustomers[1], ContactKind.OnSiteVisit, ContactPurpose.Regular, InQuarter(10), InQuarter(10), accountManager,
                "季度拜访：讨论维保合同续签 Quarterly visit: renewing the maintenance contract");

            // VIS-2: the account manager added the outcome two days later, so the first version is kept.
            var addedLater = renewal.EnteredAt.AddDays(2) < now ? renewal.EnteredAt.AddDays(2) : now;
            renewal.Edit(renewal.Kind, renewal.Purpose, renewal.OccurredAt, renewal.Participants, renewal.Notes,
                "客户同意续签两年 The customer agreed to renew for two years", renewal.NextStep, null, accountManager, addedLater, LateAfter);
            Log(accountManagerCustomers[2], ContactKind.Phone, ContactPurpose.Regular, now.AddDays(-1), now.AddDays(-1), accountManager,
                "电话预约拜访 Phoned to arrange a visit");

            Plan(accountManagerCustomers[1], accountManager, 0, Priority.High, "第二次季度拜访 Second quarterly visit");
            Plan(accountManagerCustomers[2], accountManager, -1, Priority.High, "季度拜访 Quarterly visit");
            Plan(accountManagerCustomers[0], accountManager, 3, Priority.Normal, "送新产品目录 Bring the new product catalogue");
        }

        return (logs, plans);
    }
}
