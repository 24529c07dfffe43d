using System.Security.Claims;
using Polis.Dashboard.Components.Shared;
using Polis.Dashboard.Overview;
using Polis.Metering.Api;
using Polis.Metering.Billing.Runs;
using Polis.Metering.Processing;

namespace Polis.Dashboard.Metering;

/// <summary>
/// The analysts' writes: an edit of a meter's series and a billing run. They go through the API's own handlers (same
/// validation, same services, the signed-in e-mail as actor), after re-reading the account's roles: a circuit lives
/// for hours, and a viewer's page has no buttons, but the server refuses anyway.
/// </summary>
public sealed class MeteringActions(OperatorActions access, AnalystEditor editor, BillingRunService billing, IBillingRunStore runs)
{
    private const string NotAllowed = "Only operators and admins may change metering data.";

    public async Task<PageAnswer<IntervalEditResponse>> EditAsync(ClaimsPrincipal user, string meterId, IntervalEditRequest request, CancellationToken cancellationToken)
    {
        if (!await access.MayStillWriteAsync(user))
        {
            return new PageAnswer<IntervalEditResponse>(null, NotAllowed);
        }

        return PageAnswer<IntervalEditResponse>.Of((await ValidationEndpoints.EditAsync(meterId, request, user, editor, cancellationToken)).Result);
    }

    public async Task<PageAnswer<BillingRunSummary>> RunBillingAsync(ClaimsPrincipal user, BillingRunRequest request, CancellationToken cancellationToken)
    {
        if (!await access.MayStillWriteAsync(user))
        {
            return new PageAnswer<BillingRunSummary>(null, NotAllowed);
        }

        return PageAnswer<BillingRunSummary>.Of((await BillingRunEndpoints.RunAsync(request, user, billing, runs, cancellationToken)).Result);
    }
}
