using System.Security.Claims;
using Microsoft.AspNetCore.Identity;

namespace SalesCrm.Web.Auth;

/// <summary>
/// Someone who signed in with Entra ID before SalesCrm knew them waits, disabled, until an administrator gives them a
/// region and enables them; the users page shows them as waiting. The mark is a claim of the account (Identity's
/// user claims), so it needs no column of its own, and enabling the account removes it.
/// </summary>
public static class AccessRequests
{
    public const string ClaimType = "salescrm:awaiting_access";

    public static Task RecordAsync(UserManager<CrmUser> users, CrmUser user)
    {
        ArgumentNullException.ThrowIfNull(users);
        return users.AddClaimAsync(user, new Claim(ClaimType, "true"));
    }

    public static async Task<bool> IsWaitingAsync(UserManager<CrmUser> users, CrmUser user)
    {
        ArgumentNullException.ThrowIfNull(users);
        return (await users.GetClaimsAsync(user)).Any(c => c.Type == ClaimType);
    }

    /// <summary>The administrator gave access: the account no longer waits.</summary>
    public static async Task GrantAsync(UserManager<CrmUser> users, CrmUser user)
    {
        ArgumentNullException.ThrowIfNull(users);
        var marks = (await users.GetClaimsAsync(user)).Where(c => c.Type == ClaimType).ToList();
        if (marks.Count > 0)
        {
            await users.RemoveClaimsAsync(user, marks);
        }
    }
}
