using Polis.Platform.Devices;
using Polis.Platform.Geography;

namespace Polis.Metering.Meters;

/// <summary>
/// Service points, checked against what they refer to: the account must exist, the district must be one of the
/// city's geography when districts are loaded (any name is taken before), the feeder meters must be registered, one
/// per meter kind (a service point's use of a kind balances against one input), none installed at the service point itself.
/// </summary>
public sealed class ServicePointRegistry(
    IServicePointStore store, IAccountStore accounts, IMeterStore meters, IInstallationStore installations, IGeographyStore geography, TimeProvider timeProvider)
{
    private const int DistrictsNamed = 20;

    public IServicePointStore Store => store;

    public async Task<OperationResult<ServicePoint>> CreateAsync(ServicePoint servicePoint, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(servicePoint);
        if (await CheckReferencesAsync(servicePoint, cancellationToken) is { Count: > 0 } errors)
        {
            return OperationResult<ServicePoint>.Invalid(errors);
        }

        var now = timeProvider.GetUtcNow();
        var stamped = servicePoint with { CreatedAt = now, UpdatedAt = now };
        return await store.CreateAsync(stamped, cancellationToken)
            ? OperationResult<ServicePoint>.Ok(stamped)
            : OperationResult<ServicePoint>.Conflict($"Service point '{servicePoint.Id}' already exists.");
    }

    public async Task<OperationResult<ServicePoint>> UpdateAsync(ServicePoint servicePoint, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(servicePoint);
        if (await store.GetAsync(servicePoint.Id, cancellationToken) is not { } existing)
        {
            return OperationResult<ServicePoint>.NotFound($"Service point '{servicePoint.Id}' does not exist.");
        }

        if (await CheckReferencesAsync(servicePoint, cancellationToken) is { Count: > 0 } errors)
        {
            return OperationResult<ServicePoint>.Invalid(errors);
        }

        var updated = servicePoint with { CreatedAt = existing.CreatedAt, UpdatedAt = timeProvider.GetUtcNow() };
        return await store.UpdateAsync(updated, cancellationToken)
            ? OperationResult<ServicePoint>.Ok(updated)
            : OperationResult<ServicePoint>.NotFound($"Service point '{servicePoint.Id}' does not exist.");
    }

    public Task<RegistryDeletion> DeleteAsync(string id, CancellationToken cancellationToken = default) => store.DeleteAsync(id, cancellationToken);

    private async Task<Dictionary<string, string[]>> CheckReferencesAsync(ServicePoint servicePoint, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (await accounts.GetAsync(servicePoint.AccountId, cancellationToken) is null)
        {
            errors["accountId"] = [$"Account '{servicePoint.AccountId}' does not exist; create it under /api/v1/metering/accounts first."];
        }

        if (servicePoint.DistrictId is { } district)
        {
            var districts = (await geography.ListAsync(cancellationToken))
                .Where(f => f.Kind == GeographyKind.District && f.Id is not null)
                .Select(f => f.Id!)
                .ToList();
            if (districts.Count > 0 && !districts.Contains(district, StringComparer.Ordinal))
            {
                var named = string.Join(", ", districts.Take(DistrictsNamed)) + (districts.Count > DistrictsNamed ? ", …" : string.Empty);
                errors["districtId"] = [$"District '{district}' is not in the city's geography (districts: {named})."];
            }
        }

        if (await CheckFeedersAsync(servicePoint, cancellationToken) is { Count: > 0 } feederErrors)
        {
            errors["feederMeterIds"] = [.. feederErrors];
        }

        return errors;
    }

    private async Task<List<string>> CheckFeedersAsync(ServicePoint servicePoint, CancellationToken cancellationToken)
    {
        var errors = new List<string>();
        var kinds = new Dictionary<MeterKind, string>();
        foreach (var feederId in servicePoint.FeederMeterIds)
        {
            if (await meters.GetAsync(feederId, cancellationToken) is not { } feeder)
            {
                errors.Add($"Meter '{feederId}' does not exist; register the feeder or district meter first.");
            }
            else if (!kinds.TryAdd(feeder.Kind, feederId))
            {
                errors.Add($"Meters '{kinds[feeder.Kind]}' and '{feederId}' are both {feeder.Kind.ToString().ToLowerInvariant()} meters; name at most one feeder per meter kind.");
            }
            else if ((await installations.ListAsync(new InstallationQuery(MeterId: feederId, ServicePointId: servicePoint.Id), cancellationToken)).Count > 0)
            {
                // Its own meter as its input would balance the service point against itself: zero losses, always.
                errors.Add($"Meter '{feederId}' is installed at service point '{servicePoint.Id}'; a feeder measures the input of other service points.");
            }
        }

        return errors;
    }
}
