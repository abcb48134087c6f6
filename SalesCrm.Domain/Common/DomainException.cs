namespace SalesCrm.Domain.Common;

/// <summary>
/// An illegal move. <see cref="Code"/> identifies the message in the text catalogue (en / zh-Hans); the English
/// <see cref="Exception.Message"/> is the fallback a user can read.
/// </summary>
public class DomainException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
