using System.ComponentModel.DataAnnotations;

namespace SalesCrm.Web.Features.Pipeline;

/// <summary>PIPE-2 settings: the needs list asked in needs research (004 suggests ten questions) and how many must be answered.</summary>
public sealed class PipelineOptions
{
    public const string Section = "Pipeline";

    /// <summary>004's ten questions, each in both languages so every reader understands the record.</summary>
    public static readonly IReadOnlyList<string> DefaultQuestions =
    [
        "采购目的与要解决的问题 Purpose and the problem to solve",
        "采购产品与数量 Products and quantities",
        "预算 Budget",
        "决策人与决策流程 Decision makers and process",
        "期望交付时间 Expected delivery time",
        "现有供应商与满意度 Current supplier and satisfaction",
        "技术与质量要求 Technical and quality requirements",
        "售后服务要求 After-sales service expectations",
        "付款方式偏好 Preferred payment method",
        "竞争对手接触情况 Competitors in contact",
    ];

    /// <summary>The company's own list (configuration), replacing the default one when given.</summary>
    public IList<string> NeedsQuestions { get; } = [];

    /// <summary>The questions asked: the company's list, or the default ten.</summary>
    public IReadOnlyList<string> Questions => NeedsQuestions.Count > 0 ? NeedsQuestions.AsReadOnly() : DefaultQuestions;

    [Range(0, 50)]
    public int MinimumNeedsAnswers { get; set; } = 5;
}
