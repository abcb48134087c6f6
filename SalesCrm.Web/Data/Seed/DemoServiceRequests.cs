using SalesCrm.Domain.Common;
using SalesCrm.Domain.Complaints;
using SalesCrm.Domain.Organisation;

namespace SalesCrm.Web.Data.Seed;

/// <summary>
/// SVC-1..3 demo: the East region's service work at every step — one overdue and one due soon for a first response, one
/// under investigation, one waiting for the director, one being resolved, requests on the short path, and complaints
/// closed over the last months with their scores, so the list, the dashboard and the archive show something.
/// </summary>
internal static class DemoServiceRequests
{
    public static IReadOnlyList<ServiceRequest> Create(IReadOnlyList<(Guid Id, Guid RegionId)> customers, Guid agent, Guid manager, Guid director, DateTimeOffset now,
        CompanyCalendar calendar)
    {
        var today = calendar.DayOf(now);
        var requests = new List<ServiceRequest>();
        var next = 0;

        ServiceRequest Complaint(ServiceCategory category, string complainant, string matter, Severity severity, DateTimeOffset at)
        {
            var (id, region) = customers[next++ % customers.Count];
            var complaint = ServiceRequest.Log(ServiceRequestKind.Complaint, category, id, region, complainant, matter, "138 0013 8000", "Phone", severity, CrmRole.ServiceAgent, agent, at);
            requests.Add(complaint);
            return complaint;
        }

        void Investigate(ServiceRequest complaint, DateTimeOffset at, string cause)
        {
            complaint.AssignInvestigator(agent, CrmRole.ServiceManager, at);
            complaint.RecordRootCause(cause, agent);
        }

        void Solve(ServiceRequest complaint, DateTimeOffset at, int days)
        {
            complaint.ProposeSolution("售后服务部 After-sales service", "上门更换故障部件并复测 Replace the faulty part on site and test again",
                calendar.DayOf(at).AddDays(days), agent, at, calendar);
        }

        Complaint(ServiceCategory.Delivery, "王经理 Manager Wang", "第二批货物延迟三天到达 The second batch arrived three days late", Severity.High, now.AddHours(-52));
        Complaint(ServiceCategory.ProductQuality, "李工 Engineer Li", "叉车电池续航不足两小时 Forklift batteries last under two hours", Severity.Critical, now.AddHours(-41));

        var investigating = Complaint(ServiceCategory.Installation, "赵主任 Director Zhao", "安装后设备噪音过大 The machine is too loud after installation", Severity.Medium, now.AddDays(-3));
        investigating.AssignInvestigator(agent, CrmRole.ServiceManager, now.AddDays(-3).AddHours(5));

        var proposed = Complaint(ServiceCategory.ProductQuality, "孙采购 Buyer Sun", "控制面板频繁死机 The control panel freezes often", Severity.High, now.AddDays(-5));
        Investigate(proposed, now.AddDays(-5).AddHours(3), "固件版本过旧 An old firmware version");
        Solve(proposed, now.AddDays(-4), 10);

        var resolving = Complaint(ServiceCategory.ServiceAttitude, "周女士 Ms Zhou", "售后电话多次无人接听 After-sales calls went unanswered", Severity.Medium, now.AddDays(-9));
        Investigate(resolving, now.AddDays(-9).AddHours(6), "值班表空缺 A gap in the duty roster");
        Solve(resolving, now.AddDays(-8), 14);
        resolving.ApproveSolution(CrmRole.MarketingDirector, director);
        resolving.RecordProgress("已调整值班表并回电客户 Roster fixed; we called the customer back", true, CrmRole.ServiceAgent, agent, now.AddDays(-6));
        resolving.AddImprovement("每周检查热线接通率 Check the hotline answer rate weekly", manager, today.AddDays(20), CrmRole.ServiceManager);

        int[] scores = [3, 4, 5, 4, 2, 5];
        for (var month = 0; month < scores.Length; month++)
        {
            var received = now.AddDays(-20 - (30 * month));
            var closed = Complaint((ServiceCategory)(1 + (month % 5)), "客户代表 Customer contact", "到货部件与订单不符 Delivered parts did not match the order", Severity.Medium, received);
            Investigate(closed, received.AddHours(10 + (month * 8)), "仓库拣货错误 A picking error in the warehouse");
            Solve(closed, received.AddDays(1), 7);
            closed.ApproveSolution(CrmRole.MarketingDirector, director);
            closed.RecordProgress("已补发正确部件 The right parts were sent", true, CrmRole.ServiceAgent, agent, received.AddDays(3));
            closed.Resolve("客户确认收货 The customer confirmed receipt", scores[month], CrmRole.ServiceAgent, received.AddDays(4 + month));
            closed.Close(CrmRole.ServiceAgent, received.AddDays(5 + month));
        }

        var (customer, region) = customers[0];
        var inquiry = ServiceRequest.Log(ServiceRequestKind.Inquiry, ServiceCategory.OrderTracking, customer, region, "采购部 Purchasing", "订单 PO-2026-118 何时发货？ When does order PO-2026-118 ship?", "purchase@example.cn", "Email", Severity.Low, CrmRole.ServiceAgent, agent, now.AddDays(-2));
        inquiry.AnswerRequest("已于次日发货，运单号 SF1234567890 Shipped the next day, waybill SF1234567890", CrmRole.ServiceAgent, now.AddDays(-2).AddHours(4));
        inquiry.Close(CrmRole.ServiceAgent, now.AddDays(-2).AddHours(5));
        requests.Add(inquiry);
        requests.Add(ServiceRequest.Log(ServiceRequestKind.Suggestion, ServiceCategory.Other, null, region, "展会访客 Exhibition visitor", "希望提供英文版操作手册 Please offer the manual in English", "visitor@example.com", "Website", Severity.Low, CrmRole.ServiceAgent, agent, now.AddHours(-6)));
        return requests;
    }
}
