using System.Security.Claims;
using Polis.Metering.Meters;

namespace Polis.Metering.Residents;

/// <summary>
/// What a signed-in resident may see: the accounts linked to them and the service points of those accounts. Anything
/// else — another household's service point or an id that does not exist — is the same "not found", so a resident
/// cannot even learn which ids exist.
/// </summary>
public sealed class ResidentAccess(IResidentAccountStore links, IAccountStore accounts, IServicePointStore servicePoints)
{
    /// <summary>The identity user id of a principal (the name identifier claim the bearer token carries).</summary>
    public static string? UserIdOf(ClaimsPrincipal user) => user?.FindFirstValue(ClaimTypes.NameIdentifier);

    /// <summary>The resident's accounts, ordered by id (links to accounts deleted since are not listed).</summary>
    public async Task<IReadOnlyList<CustomerAccount>> AccountsAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var found = new List<CustomerAccount>();
        if (UserIdOf(user) is not { } userId)
        {
            return found;
        }

        foreach (var accountId in await links.ListAccountIdsAsync(userId, cancellationToken))
        {
            if (await accounts.GetAsync(accountId, cancellationToken) is { } account)
            {
                found.Add(account);
            }
        }

        return found;
    }

    /// <summary>The service point when it belongs to one of the resident's accounts, else null.</summary>
    public async Task<ServicePoint?> ServicePointAsync(ClaimsPrincipal user, string servicePointId, CancellationToken cancellationToken = default)
    {
        if (UserIdOf(user) is not { } userId || await servicePoints.GetAsync(servicePointId, cancellationToken) is not { } servicePoint)
        {
            return null;
        }

        var mine = await links.ListAccountIdsAsync(userId, cancellationToken);
        return mine.Contains(servicePoint.AccountId, StringComparer.Ordinal) ? servicePoint : null;
    }
}
