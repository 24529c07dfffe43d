using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Google.Protobuf;
using Polis.Transit.Gtfs;
using Polis.Transit.Live;
using Polis.Transit.Realtime;
using Polis.Transit.Realtime.Alerts;
using Polis.Transit.Timetable;

namespace Polis.Benchmarks;

/// <summary>
/// What one build of each public feed costs with 1,000 live vehicles (build the FeedMessage from the live state and
/// serialize it to protobuf bytes, as the feed cache does at most once a second). Network: 50 routes × 20 trips of
/// 20 stops; every vehicle runs its own trip, heads for stop 10 and predicts the 10 stops left; 100 alerts. Peer in
/// the same run: the same vehicles, runs and predictions written as plain System.Text.Json (a naive JSON API).
/// </summary>
[MemoryDiagnoser]
public class GtfsRealtimeFeedBenchmarks
{
    private const int Routes = 50, TripsPerRoute = 20, StopsPerTrip = 20, NextStop = 10;
    private static readonly DateOnly Date = new(2026, 6, 1);
    private RealtimeFeedInput _input = null!;

    [GlobalSetup]
    public void Setup()
    {
        var network = TransitNetworkBuilder.Build(1, Feed());
        var now = network.ServiceDayStart(Date).AddHours(12);
        var vehicles = network.Trips.Values.OrderBy(t => t.Id, StringComparer.Ordinal)
            .Select((trip, i) => Vehicle($"bus-{i:D4}", network.Instance(trip.Id, Date)!, now.AddSeconds(-(i % 30))))
            .ToList();
        var alerts = Enumerable.Range(0, 100).Select(i => new ServiceAlert($"alert-{i}", AlertCause.Construction, AlertEffect.Detour, AlertSeverityLevel.Warning,
            $"Detour on route {i % Routes}", "Works on Main Street", null, [new AlertTranslation("de", "Umleitung", null, null)],
            [new AlertInformedEntity(RouteId: $"R{i % Routes}")], [new AlertActivePeriod(now.AddHours(-1), now.AddHours(3))], AlertSource.Operator, "ops", now, "ops", now)).ToList();
        _input = new RealtimeFeedInput(network, vehicles, [], alerts, now, TimeSpan.FromMinutes(5));
        if (VehiclePositionsFeedBuilder.Build(_input).Entity.Count != vehicles.Count || TripUpdatesFeedBuilder.Build(_input).Entity.Count != vehicles.Count)
        {
            throw new InvalidOperationException("every benchmark vehicle must be published with its run");
        }
    }

    [Benchmark(Baseline = true)]
    public byte[] SystemTextJsonPeer() => JsonSerializer.SerializeToUtf8Bytes(_input.Vehicles.Select(PlainVehicle.From).ToList());

    [Benchmark]
    public byte[] VehiclePositions() => VehiclePositionsFeedBuilder.Build(_input).ToByteArray();

    [Benchmark]
    public byte[] TripUpdates() => TripUpdatesFeedBuilder.Build(_input).ToByteArray();

    [Benchmark]
    public byte[] Alerts() => AlertsFeedBuilder.Build(_input).ToByteArray();

    private static VehicleState Vehicle(string id, TripInstance run, DateTimeOffset reported)
    {
        var predictions = Enumerable.Range(NextStop, StopsPerTrip - NextStop).Select(i => new StopTimePrediction(
            i, run.Trip.Stops[i].StopId, run.Trip.Stops[i].Sequence, run.ScheduledArrival(i).AddSeconds(90), run.ScheduledDeparture(i).AddSeconds(90), 90, 90, 45)).ToList();
        return new VehicleState(id, id, new VehiclePosition(55.6, 12.5, 90, 8, reported), run, TripMatchSource.Matched, 5000, NextStop,
            VehicleStopStatus.InTransitTo, 90, 600, 40, predictions, reported);
    }

    private static GtfsFeed Feed()
    {
        var feed = new GtfsFeed { Agencies = [new GtfsAgency("a", "Agency", "https://example.org", "Etc/UTC")] };
        feed.Calendars.Add(new GtfsCalendar("daily", (GtfsWeekdays)127, Date.AddDays(-1), Date.AddDays(1)));
        for (var r = 0; r < Routes; r++)
        {
            feed.Routes.Add(new GtfsRoute($"R{r}", "a", $"{r}", null, 3));
            for (var s = 0; s < StopsPerTrip; s++)
            {
                feed.Stops.Add(new GtfsStop($"S{r}-{s}", $"Stop {r}/{s}", 55.6 + (r * 0.01), 12.5 + (s * 0.005)));
            }

            for (var t = 0; t < TripsPerRoute; t++)
            {
                var tripId = $"T{r}-{t}";
                feed.Trips.Add(new GtfsTrip(tripId, $"R{r}", "daily", DirectionId: 0));
                for (var s = 0; s < StopsPerTrip; s++)
                {
                    var time = (6 * 3600) + (t * 900) + (s * 120);
                    feed.StopTimes.Add(new GtfsStopTime(tripId, s + 1, $"S{r}-{s}", time, time + 20));
                }
            }
        }

        return feed;
    }

    /// <summary>The peer's shape: the same facts per vehicle as the two feeds carry, as plain JSON.</summary>
    private sealed record PlainVehicle(string Id, string? Label, double Latitude, double Longitude, double? Bearing, double? Speed, DateTimeOffset Timestamp,
        string? TripId, string? RouteId, string? StartDate, int? NextStop, int? Delay, int? Occupancy, IReadOnlyList<PlainPrediction> Predictions)
    {
        public static PlainVehicle From(VehicleState v) => new(v.VehicleId, v.Label, v.Position.Latitude, v.Position.Longitude, v.Position.Bearing,
            v.Position.SpeedMetresPerSecond, v.Position.Timestamp, v.Trip?.Trip.Id, v.Trip?.Trip.Route.Id, v.Trip?.StartDateText, v.NextStopIndex, v.DelaySeconds,
            v.OccupancyPercent, [.. v.Predictions.Select(p => new PlainPrediction(p.StopId, p.StopSequence, p.Arrival, p.Departure, p.ArrivalDelaySeconds))]);
    }

    private sealed record PlainPrediction(string StopId, int StopSequence, DateTimeOffset Arrival, DateTimeOffset Departure, int Delay);
}
