using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using MQTTnet;
using MQTTnet.Protocol;
using Polis.EndToEnd.Tests.Infrastructure;
using Polis.Storage.Sqlite;
using Polis.Storage.Sqlite.Transit;
using Polis.Transit.Tracking;

namespace Polis.EndToEnd.Tests;

/// <summary>
/// Live tracking with an active feed, in a polis process of its own: line L runs L1 all day every 10 min along an
/// 8 km street (21 stops 400 m apart, 2 min between stops). A bus device reports, one minute late over MQTT, the
/// last three minutes of the run that started 10–20 min ago; polis matches it to that run, predicts the stops ahead,
/// shows it on a departure board ahead, records the stops it passed and scores its predictions.
/// </summary>
public sealed class TransitTrackingFeedTests : IAsyncLifetime
{
    private const double MetresPerDegreeLatitude = 6_371_008.8 * Math.PI / 180;
    private PolisProcess _polis = null!;
    private PolisApi _api = null!;

    public async Task InitializeAsync()
    {
        _polis = await PolisProcess.StartAsync();
        _api = await PolisApi.SignInAsync(_polis);
        await TransitFeeds.ImportAsync(_api, Feed(), "e2e-line-l.zip");
    }

    public async Task DisposeAsync()
    {
        _api.Dispose();
        await _polis.DisposeAsync();
    }

    [Fact]
    public async Task BusOnAFrequencyRun_MatchedPredictedOnTheBoardAndRecorded()
    {
        await Eventually.ReturnsAsync(() => _api.Http.GetAsync(new Uri("/api/v1/transit/stops/L0/departures", UriKind.Relative)),
            r => r.IsSuccessStatusCode, "polis has picked up the imported feed");
        var token = await _api.CreateDeviceAsync("e2e-bus-l", "bus");
        using var client = await Devices.ConnectAsync(_polis, token);
        var now = DateTimeOffset.UtcNow;
        var start = new DateTimeOffset(now.Ticks / TimeSpan.TicksPerMinute / 10 * 10 * TimeSpan.TicksPerMinute, TimeSpan.Zero).AddMinutes(-10);

        for (var at = now.AddMinutes(-3); at <= now; at = at.AddSeconds(10))
        {
            var published = await client.PublishStringAsync("v1/devices/me/telemetry", Report(at, (at - start).TotalSeconds - 60), MqttQualityOfServiceLevel.AtLeastOnce);
            Assert.Equal(MqttClientPublishReasonCode.Success, published.ReasonCode);
        }

        var startTime = start.ToString("HH:mm:ss", CultureInfo.InvariantCulture);
        var vehicle = await Eventually.ReturnsAsync(() => _api.GetJsonAsync("/api/v1/transit/vehicles/e2e-bus-l"),
            v => v["acceptedReports"]!.GetValue<long>() == 19 && v["trip"] is not null, "all reports are tracked");
        Assert.Equal(("L1", "matched", startTime), ((string)vehicle["trip"]!["tripId"]!, (string)vehicle["matchSource"]!, (string)vehicle["trip"]!["startTime"]!));
        Assert.InRange(vehicle["delaySeconds"]!.GetValue<int>(), 20, 100);
        var predictions = vehicle["predictions"]!.AsArray();
        Assert.NotEmpty(predictions);
        Assert.Equal(20, predictions[^1]!["stopIndex"]!.GetValue<int>());
        var arrivals = predictions.Select(p => p!["arrival"]!.GetValue<DateTimeOffset>()).ToList();
        Assert.Equal(arrivals.Order(), arrivals);

        // The board of the stop after the next: the bus may be inside its next stop's zone, a call already under way
        // whose expected time passes before the board is asked (one report in five lands there).
        var after = vehicle["nextStop"]!["index"]!.GetValue<int>() + 1;
        var board = await _api.GetJsonAsync($"/api/v1/transit/stops/L{after}/departures?limit=3");
        var line = board["departures"]!.AsArray().First(d => (string?)d!["vehicleId"] == "e2e-bus-l")!;
        Assert.True(line["realtime"]!.GetValue<bool>());
        Assert.Equal(startTime, (string)line["startTime"]!);

        var store = new SqliteTrackingHistoryStore(new SqliteDatabase(Path.Combine(_polis.DataDirectory, SqliteStorageServiceCollectionExtensions.FileName)));
        var events = await Eventually.ReturnsAsync(() => store.ListStopEventsAsync(new StopEventQuery(now.AddMinutes(-5), now.AddMinutes(1), RouteId: "L")),
            e => e.Any(x => x.ActualArrival is not null), "the stops it passed are written");
        Assert.All(events, e => Assert.Equal(("e2e-bus-l", "L1"), (e.VehicleId, e.TripId)));
        var accuracy = await Eventually.ReturnsAsync(() => _api.GetJsonAsync($"/api/v1/transit/predictions/accuracy?routeId=L&from={now.AddDays(-1):yyyy-MM-dd}"),
            a => a["buckets"]![0]!["count"]!.GetValue<long>() > 0, "predictions made before an arrival are scored");
        Assert.Equal(0, accuracy["buckets"]![0]!["early"]!.GetValue<long>());
    }

    /// <summary>A bus <paramref name="seconds"/> into the run: 400 m every 120 s along the street, stops without dwell.</summary>
    private static string Report(DateTimeOffset at, double seconds)
    {
        var metres = Math.Clamp(seconds / 120 * 400, 0, 8_000);
        var longitude = 12.0 + (metres / (MetresPerDegreeLatitude * Math.Cos(55.0 * Math.PI / 180)));
        return string.Create(CultureInfo.InvariantCulture,
            $$$"""{"ts":{{{at.ToUnixTimeMilliseconds()}}},"values":{"latitude":55.0,"longitude":{{{longitude:F6}}},"speed":12,"bearing":90,"route_id":"L"}}""");
    }

    private static Dictionary<string, string> Feed()
    {
        var stops = new StringBuilder("stop_id,stop_name,stop_lat,stop_lon\n");
        var times = new StringBuilder("trip_id,arrival_time,departure_time,stop_id,stop_sequence\n");
        for (var i = 0; i <= 20; i++)
        {
            var longitude = 12.0 + (i * 400 / (MetresPerDegreeLatitude * Math.Cos(55.0 * Math.PI / 180)));
            stops.Append(CultureInfo.InvariantCulture, $"L{i},Street {i},55.0,{longitude:F6}\n");
            times.Append(CultureInfo.InvariantCulture, $"L1,00:{i * 2:D2}:00,00:{i * 2:D2}:00,L{i},{i + 1}\n"); // 00:00 … 00:40
        }

        return new Dictionary<string, string>
        {
            ["agency.txt"] = "agency_id,agency_name,agency_url,agency_timezone\nE2E,E2E Transit,https://example.org,Etc/UTC\n",
            ["stops.txt"] = stops.ToString(),
            ["routes.txt"] = "route_id,agency_id,route_short_name,route_long_name,route_type\nL,E2E,L,Long street,3\n",
            ["trips.txt"] = "route_id,service_id,trip_id,direction_id\nL,ALL,L1,0\n",
            ["stop_times.txt"] = times.ToString(),
            ["frequencies.txt"] = "trip_id,start_time,end_time,headway_secs,exact_times\nL1,00:00:00,24:00:00,600,0\n",
            ["calendar.txt"] = TransitFeeds.EveryDay("ALL"),
        };
    }
}
