using System.Security.Claims;
using Polis.Citizens.EServices.Api;
using Polis.Citizens.EServices.Requests;
using Polis.Dashboard.Components.Shared;

namespace Polis.Dashboard.Citizens.EServices;

/// <summary>
/// The residents' e-service tracking pages, in process: their requests and one request's status, attachments and
/// public history through the API's own handlers, so a resident sees exactly what /api/v1/me/eservice-requests answers.
/// </summary>
public sealed class ResidentRequests(IEServiceRequestStore store)
{
    public async Task<IReadOnlyList<EServiceRequestResponse>> MineAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default) =>
        (await EServiceResidentEndpoints.ListAsync(user, store, cancellationToken)).Value ?? [];

    /// <summary>One of the resident's requests; null when it is not theirs (as the API's 404).</summary>
    public async Task<EServiceRequestDetailResponse?> GetAsync(ClaimsPrincipal user, long requestId, CancellationToken cancellationToken = default) =>
        PageAnswer<EServiceRequestDetailResponse>.Of((await EServiceResidentEndpoints.GetAsync(requestId, user, store, cancellationToken)).Result).Value;
}
