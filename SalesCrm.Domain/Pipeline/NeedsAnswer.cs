namespace SalesCrm.Domain.Pipeline;

/// <summary>PIPE-2: one question of the needs list with the customer's answer, kept with the question as it was asked.</summary>
public sealed record NeedsAnswer(string Question, string Answer)
{
    public const int QuestionMaxLength = 200;
    public const int AnswerMaxLength = 1000;
}
