using System.Globalization;
using System.Net.Http.Json;
using Polis.Simulator.Behaviour;
using Polis.Simulator.Runtime;

namespace Polis.Simulator.Metering;

/// <summary>
/// Imports the district feeders' register reads (<see cref="FeederMeterPlan.Register"/>) through
/// <c>POST /api/v1/metering/reads</c>, one read per feeder at every 15-minute boundary the simulated clock has passed
/// since the last batch, like the household meters report each completed slot. Feeders have no device: they are the
/// utility's SCADA, whose readings a utility imports. A refused batch is sent again with the next one (reads are
/// idempotent: the same register at the same instant is a duplicate, not a conflict).
/// </summary>
public sealed class FeederReadPublisher(HttpClient http, IReadOnlyList<PlannedFeeder> feeders)
{
    /// <summary>A day of slots per request at most, so a long backfill goes in bounded batches.</summary>
    private const int SlotsPerBatch = MeterModel.SlotsPerDay;
    private DateTimeOffset? _next;

    /// <summary>
    /// Sends the boundaries up to <paramref name="simNow"/> not yet sent (from the one before <paramref name="from"/> on
    /// the first call), at most <see cref="SlotsPerBatch"/>; true when more are due.
    /// </summary>
    public async Task<bool> PublishUntilAsync(DateTimeOffset from, DateTimeOffset simNow, CancellationToken cancellationToken)
    {
        var next = _next ?? Floor(from);
        var rows = new List<object>();
        var slots = 0;
        for (var at = next; at <= simNow && slots < SlotsPerBatch; at += MeterModel.Slot, slots++)
        {
            rows.AddRange(feeders.Select(f => new
            {
                meterId = f.MeterId,
                instant = at.ToString("O", CultureInfo.InvariantCulture),
                value = Math.Round(FeederMeterPlan.Register(f, at), 3),
            }));
            next = at + MeterModel.Slot;
        }

        if (rows.Count == 0)
        {
            return false;
        }

        using var response = await http.PostAsJsonAsync(new Uri("/api/v1/metering/reads", UriKind.Relative), rows, cancellationToken).ConfigureAwait(false);
        await CityProvisioner.EnsureAsync(response, "import the district feeders' reads", cancellationToken).ConfigureAwait(false);
        _next = next;
        return next <= simNow;
    }

    private static DateTimeOffset Floor(DateTimeOffset instant) =>
        new(instant.UtcTicks - (instant.UtcTicks % MeterModel.Slot.Ticks), TimeSpan.Zero);
}
