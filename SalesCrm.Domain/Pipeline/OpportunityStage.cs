namespace SalesCrm.Domain.Pipeline;

/// <summary>PIPE-1: the five stages in order (初步接洽, 需求调研, 方案制定, 商务谈判, 签约).</summary>
public enum OpportunityStage
{
    InitialContact = 1,
    NeedsResearch = 2,
    Solution = 3,
    Negotiation = 4,
    Signing = 5,
}
