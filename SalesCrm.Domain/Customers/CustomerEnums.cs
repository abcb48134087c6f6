namespace SalesCrm.Domain.Customers;

// The small closed vocabularies of CUS-1. An unknown value is a null field, never a zero member.

public enum CompanySize { Micro = 1, Small = 2, Medium = 3, Large = 4, Enterprise = 5 }

public enum IndustryPosition { Leader = 1, Major = 2, Established = 3, Emerging = 4 }

public enum SourceChannel { Referral = 1, Exhibition = 2, Website = 3, ColdCall = 4, Advertising = 5, Partner = 6, Other = 7 }

/// <summary>003 §11.2.3: a customer pays cash or is settled monthly.</summary>
public enum SettlementMethod { Cash = 1, Monthly = 2 }

/// <summary>003 part 2: the credit standing that decides whether a debt may run.</summary>
public enum CreditStanding { Good = 1, Normal = 2, Watch = 3, Poor = 4 }

public enum CustomerStatus { Prospect = 1, Active = 2, Dormant = 3, Lost = 4 }
