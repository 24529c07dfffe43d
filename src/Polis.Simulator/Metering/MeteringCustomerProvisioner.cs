using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using Polis.Simulator.Runtime;

namespace Polis.Simulator.Metering;

/// <summary>
/// Makes the simulated city's households metering customers through the public metering API
/// (<c>/api/v1/metering</c>), signed in as the simulator already is; never in the database, so it works against any
/// deployment. Idempotent: every record has the plan's fixed id, and a 409 means it exists (a restart, or a second
/// simulator) and is left as operators may have edited it. Households go in parallel, at most
/// <see cref="Concurrency"/> at a time (the store is one SQLite writer, more would only queue); each household's
/// records go in order, since each names the one before.
/// </summary>
public sealed class MeteringCustomerProvisioner(HttpClient http)
{
    public const int Concurrency = 8;
    private const string Api = "/api/v1/metering";
    private int _created;
    private int _existing;
    private int _assigned;

    /// <summary>Provisions the plan; <paramref name="feeders"/> (<see cref="FeederMeterPlan"/>) go first, since households name them.</summary>
    public async Task<MeteringProvisionResult> ProvisionAsync(MeteringCustomerPlan plan, IReadOnlyList<PlannedFeeder> feeders, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(feeders);
        (_created, _existing, _assigned) = (0, 0, 0);
        foreach (var tariff in SimulatedTariffs.All)
        {
            await CreateAsync("tariffs", new StringContent(tariff, Encoding.UTF8, "application/json"), "create a tariff", cancellationToken).ConfigureAwait(false);
        }

        await ProvisionFeedersAsync(feeders, cancellationToken).ConfigureAwait(false);
        var feedersByMeter = feeders.SelectMany(f => f.Members.Select(m => (m.MeterId, FeederId: f.MeterId))).ToLookup(x => x.MeterId, x => x.FeederId, StringComparer.Ordinal);

        var metersByServicePoint = plan.Meters.ToLookup(m => m.ServicePointId, StringComparer.Ordinal);
        var assignmentsByServicePoint = plan.Assignments.ToLookup(a => a.ServicePointId, StringComparer.Ordinal);
        var accounts = plan.Accounts.ToDictionary(a => a.Id, StringComparer.Ordinal);
        await Parallel.ForEachAsync(plan.ServicePoints, new ParallelOptions { MaxDegreeOfParallelism = Concurrency, CancellationToken = cancellationToken }, async (servicePoint, ct) =>
        {
            var account = accounts[servicePoint.AccountId];
            await CreateAsync("accounts", JsonContent.Create(new { id = account.Id, name = account.Name, kind = account.Kind }), $"create account {account.Id}", ct).ConfigureAwait(false);
            var feederIds = metersByServicePoint[servicePoint.Id].SelectMany(m => feedersByMeter[m.Id]).ToArray();
            await CreateAsync("service-points", JsonContent.Create(ServicePointBody(servicePoint, feederIds)), $"create service point {servicePoint.Id}", ct).ConfigureAwait(false);
            foreach (var meter in metersByServicePoint[servicePoint.Id])
            {
                var body = new { id = meter.Id, kind = meter.Kind, serial = meter.Serial, deviceId = meter.DeviceId, registerDigits = meter.RegisterDigits, intervalMinutes = meter.IntervalMinutes };
                await CreateAsync("meters", JsonContent.Create(body), $"create meter {meter.Id}", ct).ConfigureAwait(false);
                var installation = new { meterId = meter.Id, servicePointId = servicePoint.Id, from = MeteringCustomerPlan.InstalledFrom.ToString("O", CultureInfo.InvariantCulture) };
                await CreateAsync("installations", JsonContent.Create(installation), $"install meter {meter.Id}", ct).ConfigureAwait(false);
            }

            foreach (var assignment in assignmentsByServicePoint[servicePoint.Id])
            {
                await AssignAsync(assignment, ct).ConfigureAwait(false);
            }
        }).ConfigureAwait(false);
        return new MeteringProvisionResult(plan.ServicePoints.Count, plan.Meters.Count, feeders.Count, _created, _existing, _assigned);
    }

    /// <summary>
    /// The utility's account, and per district a supply service point with its feeder meters installed there; the meter has no device: <see cref="FeederReadPublisher"/> imports its register reads.
    /// </summary>
    private async Task ProvisionFeedersAsync(IReadOnlyList<PlannedFeeder> feeders, CancellationToken cancellationToken)
    {
        if (feeders.Count == 0)
        {
            return;
        }

        var accountId = FeederMeterPlan.UtilityAccountId(feeders[0]);
        await CreateAsync("accounts", JsonContent.Create(new { id = accountId, name = "City utility (distribution network)", kind = "business" }), $"create account {accountId}", cancellationToken).ConfigureAwait(false);
        foreach (var district in feeders.GroupBy(f => f.ServicePointId, StringComparer.Ordinal))
        {
            // One supply service point per district, with its electricity feeder and its bulk water meter installed there.
            var first = district.First();
            var servicePoint = new { id = first.ServicePointId, accountId, kind = "supply", address = $"Supply point, district {first.DistrictId}", districtId = first.DistrictId, occupied = true };
            await CreateAsync("service-points", JsonContent.Create(servicePoint), $"create service point {first.ServicePointId}", cancellationToken).ConfigureAwait(false);
            foreach (var feeder in district)
            {
                var meter = new { id = feeder.MeterId, kind = feeder.Kind, serial = feeder.MeterId.ToUpperInvariant(), registerDigits = 9, intervalMinutes = 15 };
                await CreateAsync("meters", JsonContent.Create(meter), $"create meter {feeder.MeterId}", cancellationToken).ConfigureAwait(false);
                var installation = new { meterId = feeder.MeterId, servicePointId = feeder.ServicePointId, from = MeteringCustomerPlan.InstalledFrom.ToString("O", CultureInfo.InvariantCulture), initialRead = 0.0 };
                await CreateAsync("installations", JsonContent.Create(installation), $"install meter {feeder.MeterId}", cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static object ServicePointBody(PlannedServicePoint servicePoint, string[] feederMeterIds) => new
    {
        id = servicePoint.Id,
        accountId = servicePoint.AccountId,
        kind = servicePoint.Kind,
        address = servicePoint.Address,
        districtId = servicePoint.DistrictId,
        location = new { type = "Point", coordinates = new[] { Math.Round(servicePoint.Location.Longitude, 6), Math.Round(servicePoint.Location.Latitude, 6) } },
        occupied = servicePoint.Occupied,
        feederMeterIds,
    };

    /// <summary>POSTs one record; 409 counts as existing (the plan's ids are fixed, so the clash is with itself).</summary>
    private async Task CreateAsync(string collection, HttpContent content, string what, CancellationToken cancellationToken)
    {
        using (content)
        using (var response = await http.PostAsync(new Uri($"{Api}/{collection}", UriKind.Relative), content, cancellationToken).ConfigureAwait(false))
        {
            if (response.StatusCode == HttpStatusCode.Conflict)
            {
                Interlocked.Increment(ref _existing);
                return;
            }

            await CityProvisioner.EnsureAsync(response, what, cancellationToken).ConfigureAwait(false);
            Interlocked.Increment(ref _created);
        }
    }

    /// <summary>The same tariff from the same date again is answered 200 by the API: assignments are confirmed, not counted twice.</summary>
    private async Task AssignAsync(PlannedTariffAssignment assignment, CancellationToken cancellationToken)
    {
        var body = new { tariffId = assignment.TariffId, from = assignment.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) };
        var uri = $"{Api}/service-points/{Uri.EscapeDataString(assignment.ServicePointId)}/tariffs/{assignment.Kind}";
        using var response = await http.PutAsJsonAsync(uri, body, cancellationToken).ConfigureAwait(false);
        await CityProvisioner.EnsureAsync(response, $"assign tariff {assignment.TariffId} to {assignment.ServicePointId}", cancellationToken).ConfigureAwait(false);
        Interlocked.Increment(ref _assigned);
    }
}
