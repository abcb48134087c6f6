using SalesCrm.Domain.Common;
using SalesCrm.Domain.Complaints;
using SalesCrm.Domain.Organisation;
using SalesCrm.Web.Features.Complaints;

namespace SalesCrm.Benchmarks;

internal static partial class ScorecardDatabase
{
    private const string ComplaintChannel = "客服热线 Service hotline";

    private static readonly TimeSpan FirstResponseWithin = new ServiceOptions().FirstResponseWithin;

    // The SLA job looks every few minutes, so it tells of a missed time a little after it passed.
    private static readonly TimeSpan NoticeDelay = TimeSpan.FromMinutes(5);

    private static readonly string[] Complainants = ["王经理 Manager Wang", "李工 Engineer Li", "赵主任 Director Zhao", "孙采购 Buyer Sun", "周女士 Ms Zhou"];

    private static readonly ComplaintStory[] Stories =
    [
        new(ServiceCategory.Delivery, Severity.High, "第二批货物延迟三天到达 The second batch arrived three days late", "承运商排班不足 The carrier was short of drivers",
            "物流部 Logistics", "更换承运商并承诺时效 Change the carrier and commit to delivery times", "已改用新承运商发货 Shipped with the new carrier",
            "客户接受 The customer accepts"),
        new(ServiceCategory.ProductQuality, Severity.Critical, "叉车电池续航不足两小时 Forklift batteries last under two hours", "电池批次缺陷 A faulty battery batch",
            "质量部 Quality", "免费更换该批次电池 Replace the batch's batteries free of charge", "已更换 6 块电池 Six batteries replaced",
            "续航恢复正常 Battery life is normal again"),
        new(ServiceCategory.Installation, Severity.Medium, "安装后设备噪音过大 The machine is too loud after installation", "门架未校准 The mast was not aligned",
            "售后服务部 After-sales service", "上门重新校准并复测 Realign on site and test again", "已上门校准 Realigned on site", "噪音已消除 The noise is gone"),
        new(ServiceCategory.ServiceAttitude, Severity.Medium, "售后电话多次无人接听 After-sales calls went unanswered", "值班表空缺 A gap in the duty roster",
            "客服部 Customer service", "补齐值班并回电 Fill the roster and call back", "已回电客户 Called the customer back", "客户满意 The customer is satisfied"),
        new(ServiceCategory.Billing, Severity.Low, "发票金额与合同不符 The invoice does not match the contract", "开票时用了旧价格 The old price was invoiced",
            "财务部 Finance", "作废并重开发票 Void and reissue the invoice", "已寄出新发票 The new invoice was sent", "已收到新发票 Received the new invoice"),
    ];

    // The template walks every step, each in time.
    private static readonly ComplaintPace TemplatePace = new(
        TimeSpan.FromHours(5), TimeSpan.FromHours(20), TimeSpan.FromHours(8), 10, TimeSpan.FromHours(6), TimeSpan.FromDays(2), TimeSpan.FromDays(2), TimeSpan.FromDays(1), 4);

    private sealed record ComplaintStory(
        ServiceCategory Category, Severity Severity, string Matter, string RootCause, string Department, string Measures, string Progress, string Feedback);

    /// <summary>How long each SVC-2 step took after the one before; no <see cref="FirstResponse"/> means nobody answered.</summary>
    private sealed record ComplaintPace(
        TimeSpan? FirstResponse, TimeSpan RootCause, TimeSpan Proposal, int DeadlineDays, TimeSpan Approval, TimeSpan Progress, TimeSpan Resolution,
        TimeSpan Closing, int Score);

    /// <summary>
    /// SVC-1..3: complaints from <see cref="ComplainingCustomers"/> customers that signed, one in seven twice, received
    /// after their first signing; 84% first answered (an investigator assigned) within 48 hours, 11% later, 5% not at
    /// all. Each then takes the SVC-2 steps as far as the time since allows (<see cref="Complaint"/>).
    /// </summary>
    private static List<ServiceRequest> PlanComplaints(
        Random random, List<PlannedCustomer> customers, List<PlannedContract> contracts, People people, DateTimeOffset now, CompanyCalendar calendar)
    {
        var firstSigned = contracts.Where(c => c.VoidedAt is null).GroupBy(c => c.Customer).ToDictionary(g => g.Key, g => g.Min(c => c.SignedAt));
        var signers = firstSigned.Keys.Order().ToList();
        var complaints = new List<ServiceRequest>();
        for (var k = 0; k < ComplainingCustomers; k++)
        {
            // A partial shuffle: distinct customers.
            var pick = k + random.Next(signers.Count - k);
            (signers[k], signers[pick]) = (signers[pick], signers[k]);
            var customer = customers[signers[k]];
            var from = firstSigned[signers[k]].AddDays(3);
            for (var n = random.Next(7) == 0 ? 2 : 1; n > 0 && from < now; n--)
            {
                var received = from.AddTicks(random.NextInt64((now - from).Ticks));
                var answered = random.Next(100);
                var pace = new ComplaintPace(
                    answered < 84 ? Hours(random, 0.5, 40) : answered < 95 ? Hours(random, 50, 150) : null,
                    Hours(random, 2, 30), Hours(random, 24, 72), 7 + random.Next(14), Hours(random, 2, 30), Hours(random, 24, 96), Hours(random, 24, 240),
                    Hours(random, 24, 72), random.Next(10) switch { 0 => 2, < 3 => 3, < 7 => 4, _ => 5 });
                var story = Stories[random.Next(Stories.Length)];
                var complainant = Complainants[random.Next(Complainants.Length)];
                complaints.Add(Complaint(story, complainant, customer.Id, people.Staff[customer.Owner.RegionId], people.Director.Id, received, pace, now, calendar));
            }
        }

        return complaints;

        static TimeSpan Hours(Random random, double from, double to) => TimeSpan.FromHours(from + (random.NextDouble() * (to - from)));
    }

    /// <summary>
    /// One complaint made by the domain as customer service, the investigator and the director would take it through
    /// SVC-2, each step <paramref name="pace"/> after the one before and none after <paramref name="now"/>; the SLA job's
    /// notices (SVC-3) marked where the first response or the solution's deadline was missed.
    /// </summary>
    private static ServiceRequest Complaint(
        ComplaintStory story, string complainant, Guid customerId, RegionStaff staff, Guid director, DateTimeOffset received, ComplaintPace pace, DateTimeOffset now,
        CompanyCalendar calendar)
    {
        var agent = staff.ServiceAgents[0];
        var investigator = staff.ServiceAgents[^1];
        var complaint = ServiceRequest.Log(
            ServiceRequestKind.Complaint, story.Category, customerId, staff.RegionId, complainant, story.Matter, null, ComplaintChannel,
            story.Severity, CrmRole.ServiceAgent, agent, received);
        Walk();
        var responseDue = complaint.FirstResponseDue(FirstResponseWithin) + NoticeDelay;
        if ((complaint.FirstRespondedAt ?? now) > responseDue)
        {
            complaint.MarkOverdueNotified(responseDue);
        }

        if (complaint.SolutionDeadline is { } deadline)
        {
            var solutionDue = ServiceRequest.SolutionDueAt(deadline, calendar) + NoticeDelay;
            if ((complaint.ResolvedAt ?? now) > solutionDue)
            {
                complaint.MarkSolutionOverdueNotified(solutionDue);
            }
        }

        return complaint;

        void Walk()
        {
            if (pace.FirstResponse is not { } firstResponse)
            {
                return;
            }

            var at = received + firstResponse;
            if (at > now)
            {
                return;
            }

            complaint.AssignInvestigator(investigator, CrmRole.ServiceManager, at);
            if (!Next(pace.RootCause))
            {
                return;
            }

            complaint.RecordRootCause(story.RootCause, investigator);
            if (!Next(pace.Proposal))
            {
                return;
            }

            complaint.ProposeSolution(story.Department, story.Measures, calendar.DayOf(at).AddDays(pace.DeadlineDays), investigator, at, calendar);
            if (!Next(pace.Approval))
            {
                return;
            }

            complaint.ApproveSolution(CrmRole.MarketingDirector, director);
            if (!Next(pace.Progress))
            {
                return;
            }

            complaint.RecordProgress(story.Progress, sharedWithCustomer: true, CrmRole.ServiceAgent, agent, at);
            if (!Next(pace.Resolution))
            {
                return;
            }

            complaint.Resolve(story.Feedback, pace.Score, CrmRole.ServiceAgent, at);
            if (Next(pace.Closing))
            {
                complaint.Close(CrmRole.ServiceAgent, at);
            }

            bool Next(TimeSpan step)
            {
                at += step;
                return at <= now;
            }
        }
    }

    private static (string, object?)[] ComplaintValues(ServiceRequest r, TemplateRows rows) =>
    [
        // SEC-4: no complainant's contact details, so no ciphertext under a key the next run would not have; the template's are empty too.
        ("Id", Stored.Id(r.Id)), ("Kind", r.Kind.ToString()), ("Status", r.Status.ToString()), ("CustomerId", Stored.Id(r.CustomerId)),
        ("RegionId", Stored.Id(r.RegionId)), ("Complainant", r.Complainant), ("Channel", r.Channel), ("Matter", r.Matter), ("Category", r.Category.ToString()),
        ("Severity", r.Severity.ToString()), ("LoggedById", Stored.Id(r.LoggedById)), ("ReceivedAt", Stored.At(r.ReceivedAt)),
        ("FirstRespondedAt", Stored.At(r.FirstRespondedAt)), ("InvestigatorId", Stored.Id(r.InvestigatorId)), ("RootCause", r.RootCause),
        ("ResponsibleDepartment", r.ResponsibleDepartment), ("Measures", r.Measures), ("SolutionDeadline", Stored.Day(r.SolutionDeadline)),
        ("SolutionSentBackComment", r.SolutionSentBackComment), ("SolutionApprovedById", Stored.Id(r.SolutionApprovedById)), ("Answer", r.Answer),
        ("CustomerFeedback", r.CustomerFeedback), ("SatisfactionScore", (long?)r.SatisfactionScore), ("ResolvedAt", Stored.At(r.ResolvedAt)),
        ("ClosedAt", Stored.At(r.ClosedAt)), ("OverdueNotifiedAt", Stored.At(r.OverdueNotifiedAt)), ("SolutionOverdueNotifiedAt", Stored.At(r.SolutionOverdueNotifiedAt)),
        ("Version", Stored.Id(r.Version)), ("Improvements", NoItems),
        ("Progress", JsonArrayOf(rows.Progress, r.Progress, (node, p) =>
        {
            node["At"] = Stored.At(p.At);
            node["ById"] = Stored.Id(p.ById);
            node["SharedWithCustomer"] = p.SharedWithCustomer;
            node["Text"] = p.Text;
        })),
    ];
}
