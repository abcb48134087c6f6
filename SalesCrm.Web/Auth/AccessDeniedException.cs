namespace SalesCrm.Web.Auth;

/// <summary>The user's role does not allow the action at all. (A record they may not see is reported as not found instead.)</summary>
public sealed class AccessDeniedException(string message) : Exception(message);
