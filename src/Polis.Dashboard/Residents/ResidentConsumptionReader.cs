using System.Security.Claims;
using Microsoft.Extensions.Options;
using Polis.Metering.Api;
using Polis.Metering.Exports;
using Polis.Metering.Meters;
using Polis.Metering.Residents;
using Polis.Platform.City;

namespace Polis.Dashboard.Residents;

/// <summary>
/// What <c>/me</c> shows, read in process through the module's own services: the resident's accounts exactly as
/// <c>GET /api/v1/me/metering/accounts</c> lists them, and a service point's consumption from <see cref="ConsumptionReader"/>
/// once <see cref="ResidentAccess"/> has said the service point is theirs.
/// </summary>
public sealed class ResidentConsumptionReader(
    ResidentAccess access, ExportPlanner planner, IInstallationStore installations, IMeterStore meters, ConsumptionReader reader, IOptions<CityOptions> city, TimeProvider time)
{
    public CityOptions City => city.Value;

    /// <summary>Today in the city.</summary>
    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), City.Zone).DateTime);

    public async Task<IReadOnlyList<MyAccountResponse>> AccountsAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default) =>
        (await MyMeteringEndpoints.ListAccountsAsync(user, access, planner, installations, meters, cancellationToken)).Value ?? [];

    /// <summary>The consumption of the period, or null when the service point is not the resident's (or does not exist).</summary>
    public async Task<ConsumptionReport?> ReadAsync(ClaimsPrincipal user, string servicePointId, ResidentPeriod period, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(period);
        return await access.ServicePointAsync(user, servicePointId, cancellationToken) is { } servicePoint
            ? await reader.ReadAsync(servicePoint, period.From(City), period.To(City), period.Resolution, City.Zone, cancellationToken)
            : null;
    }
}
