using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Polis.Platform.Alarms;
using Polis.Platform.Identity;

namespace Polis.Dashboard.Overview;

/// <summary>
/// Write actions from the dashboard. The page hides them from viewers, but a circuit lives for hours, so each
/// action re-reads the account's roles from the store rather than trusting the claims of the sign-in.
/// </summary>
public sealed class OperatorActions(UserManager<PolisUser> users, AlarmService alarms)
{
    public static bool MayWrite(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.IsInRole(PolisRoles.Admin) || user.IsInRole(PolisRoles.Operator);
    }

    /// <summary>Acknowledges an alarm; false when the account may not (any longer) write or the alarm is gone.</summary>
    public async Task<bool> AcknowledgeAsync(ClaimsPrincipal user, Guid alarmId, CancellationToken cancellationToken)
    {
        var account = await users.GetUserAsync(user);
        if (account is null || !(await users.IsInRoleAsync(account, PolisRoles.Admin) || await users.IsInRoleAsync(account, PolisRoles.Operator)))
        {
            return false;
        }

        return await alarms.AcknowledgeAsync(alarmId, user.ActorName(), cancellationToken) is not null;
    }
}
