namespace SalesCrm.Domain.Notifications;

/// <summary>What a notification tells its recipient; each kind has its text in both catalogues.</summary>
public enum NotificationKind
{
    /// <summary>OWN-3: a rep tried to register a customer of the recipient's region that someone already owns.</summary>
    Collision = 1,

    /// <summary>OWN-5: a manager made the recipient the owner of a customer.</summary>
    CustomerTransferredToYou = 2,

    /// <summary>OWN-5: a manager moved one of the recipient's customers to another owner.</summary>
    CustomerTransferredAway = 3,

    /// <summary>LEAD-2: a rep of the recipient's region qualified a lead (it has a real intent).</summary>
    LeadQualified = 4,

    /// <summary>OWN-5: a rep disputes a customer's ownership; the recipient decides it, or owns the customer.</summary>
    DisputeOpened = 5,

    /// <summary>OWN-5: the recipient's dispute was upheld; the customer is now theirs.</summary>
    DisputeUpheld = 6,

    /// <summary>OWN-6: one of the recipient's customers went to the shared pool after N days without contact.</summary>
    ReleasedToPool = 7,

    /// <summary>OWN-5: the recipient's dispute was rejected; the owner keeps the customer.</summary>
    DisputeRejected = 8,

    /// <summary>OWN-5: a dispute about the recipient's customer was rejected; it stays theirs.</summary>
    DisputeRejectedCustomerKept = 9,

    /// <summary>AR-1 (003 §9.3): a deduction or claim was recorded on a receivable of the recipient's region.</summary>
    ReceivableDeduction = 10,

    /// <summary>AR-1 (003 §8.3.3): someone asks that a cash-settlement customer of the recipient's region may run a debt.</summary>
    DebtApprovalRequested = 11,

    /// <summary>AR-1 (003 §8.3.3): the recipient's customer did not pay by the date promised for its allowed debt.</summary>
    DebtPastPromisedDate = 12,

    /// <summary>AR-3 (003 §6.3): the collector verified a customer's query and proposes a resolution to the recipient.</summary>
    ReceivableQueryVerified = 13,

    /// <summary>CON-2: a rep asks the recipient (the region's sales manager) to allow a term of a contract.</summary>
    ContractApprovalRequested = 20,

    /// <summary>CON-2: the recipient's requested contract term was approved.</summary>
    ContractApprovalApproved = 21,

    /// <summary>CON-2: the recipient's requested contract term was rejected; the terms must change.</summary>
    ContractApprovalRejected = 22,

    /// <summary>CON-3: a contract waits for the recipient's (legal) review.</summary>
    ContractInReview = 23,

    /// <summary>CON-3: legal approved the recipient's contract; it can be signed.</summary>
    ContractLegallyApproved = 24,

    /// <summary>CON-3: legal sent the recipient's contract back with comments.</summary>
    ContractSentBack = 25,

    /// <summary>AR-2: last month's receivables statement is ready for the recipient (the department head).</summary>
    MonthlyStatementReady = 26,

    /// <summary>SVC-2: a complaint was logged in the recipient's region; the recipient (service manager) assigns an investigator.</summary>
    ComplaintToAssign = 30,

    /// <summary>SVC-4: a complaint was logged against a customer the recipient owns or manages.</summary>
    ComplaintAgainstYourCustomer = 31,

    /// <summary>SVC-2: the recipient investigates a complaint: root cause, then a solution.</summary>
    InvestigationAssigned = 32,

    /// <summary>SVC-2: a complaint's solution waits for the recipient's (the marketing director's) approval.</summary>
    SolutionAwaitsApproval = 33,

    /// <summary>SVC-2: the marketing director approved the solution of a complaint the recipient works on.</summary>
    SolutionApproved = 34,

    /// <summary>SVC-2: the marketing director sent the recipient's proposed solution back with a comment.</summary>
    SolutionSentBack = 35,

    /// <summary>SVC-2: the recipient owns an improvement that follows from a complaint's root cause.</summary>
    ImprovementAssigned = 36,

    /// <summary>SVC-3: a request of the recipient's region got no first response within the time set (48 hours).</summary>
    FirstResponseOverdue = 37,

    /// <summary>SVC-3: the deadline of a complaint's solution in the recipient's region passed.</summary>
    SolutionOverdue = 38,

    /// <summary>TIER-2: a customer of the recipient's region (the sales manager) became A-tier and has no account manager yet.</summary>
    AccountManagerNeeded = 40,

    /// <summary>TIER-2: the recipient is now the dedicated account manager of an A-tier customer.</summary>
    AccountManagerAssigned = 41,

    /// <summary>CUS-5: a new or returning customer, or a changed settlement method, waits for the recipient's (a department head's) acknowledgement.</summary>
    OnboardingNoticeRaised = 42,

    /// <summary>VIS-4: a return visit to a customer of the recipient's region scored low; the recipient (the account manager's manager, or the head of service) follows it up.</summary>
    LowReturnVisitScore = 43,

    /// <summary>VIS-4: this month's return visit to a customer with a contract in execution is on the recipient's agenda.</summary>
    ReturnVisitPlanned = 44,

    /// <summary>AR-1: a receivable of the recipient's customer reached an overdue step (due, 30, 60 or 90 days); the owning rep helps collect.</summary>
    ReceivableOverdue = 45,

    /// <summary>KPI-3 (004): a person of the recipient's region (the sales manager) was graded fail two months in a row.</summary>
    FailedTwiceInARow = 46,

    /// <summary>OWN-6: one of the recipient's customers goes to the shared pool on the day named unless they log contact.</summary>
    PoolReleaseSoon = 47,

    /// <summary>OWN-7: a manager handed the recipient customers of someone who left (subject: who left; detail: how many).</summary>
    CustomersHandedOver = 48,

    /// <summary>OWN-7: an account of the recipient's region (the sales manager) was closed while it still owns customers, which wait for a successor.</summary>
    LeaverCustomersWaiting = 49,
}
