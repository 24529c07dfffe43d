using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Polis.Platform.Alarms;
using Polis.Platform.Identity;

namespace Polis.Dashboard.Overview;

/// <summary>
/// Write actions from the dashboard. The pages hide them from viewers, but a circuit lives for hours, so each
/// action re-reads the account's roles from the store rather than trusting the claims of the sign-in.
/// Every action answers false when the account may not (any longer) write, the alarm is gone, or the text is
/// outside the limits the API also applies.
/// </summary>
public sealed class OperatorActions(UserManager<PolisUser> users, AlarmService alarms)
{
    public static bool MayWrite(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.IsInRole(PolisRoles.Admin) || user.IsInRole(PolisRoles.Operator);
    }

    public async Task<bool> AcknowledgeAsync(ClaimsPrincipal user, Guid alarmId, CancellationToken cancellationToken) =>
        await MayStillWriteAsync(user) && await alarms.AcknowledgeAsync(alarmId, user.ActorName(), cancellationToken) is not null;

    public async Task<bool> ClearAsync(ClaimsPrincipal user, Guid alarmId, CancellationToken cancellationToken) =>
        await MayStillWriteAsync(user) && await alarms.ClearAsync(alarmId, user.ActorName(), cancellationToken) is not null;

    /// <summary>Assigns the alarm; a blank assignee unassigns it, as <c>PUT /api/v1/alarms/{id}/assignee</c> with null does.</summary>
    public async Task<bool> AssignAsync(ClaimsPrincipal user, Guid alarmId, string? assignee, CancellationToken cancellationToken) =>
        (assignee?.Trim().Length ?? 0) <= AlarmService.MaxAssigneeLength
        && await MayStillWriteAsync(user)
        && await alarms.AssignAsync(alarmId, string.IsNullOrWhiteSpace(assignee) ? null : assignee.Trim(), user.ActorName(), cancellationToken) is not null;

    public async Task<bool> CommentAsync(ClaimsPrincipal user, Guid alarmId, string text, CancellationToken cancellationToken) =>
        !string.IsNullOrWhiteSpace(text)
        && text.Length <= AlarmService.MaxCommentLength
        && await MayStillWriteAsync(user)
        && await alarms.CommentAsync(alarmId, text.Trim(), user.ActorName(), cancellationToken) is not null;

    /// <summary>Re-reads the account's roles from the store: true only if it still exists and is an admin or operator.</summary>
    public async Task<bool> MayStillWriteAsync(ClaimsPrincipal user)
    {
        var account = await users.GetUserAsync(user);
        return account is not null && (await users.IsInRoleAsync(account, PolisRoles.Admin) || await users.IsInRoleAsync(account, PolisRoles.Operator));
    }
}
