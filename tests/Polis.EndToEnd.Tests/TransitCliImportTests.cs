using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Polis.EndToEnd.Tests.Infrastructure;

namespace Polis.EndToEnd.Tests;

/// <summary>
/// <c>polis import gtfs</c> as an operator runs it: into the data directory of a running server, which then serves
/// the new feed without a restart; a broken feed is refused with exit code 1 and changes nothing.
/// </summary>
public sealed class TransitCliImportTests : IAsyncLifetime
{
    private PolisProcess _polis = null!;
    private PolisApi _api = null!;

    public async Task InitializeAsync()
    {
        _polis = await PolisProcess.StartAsync();
        _api = await PolisApi.SignInAsync(_polis);
    }

    public async Task DisposeAsync()
    {
        _api.Dispose();
        await _polis.DisposeAsync();
    }

    [Fact]
    public async Task ImportGtfs_BesideRunningServer_ServerServesTheNewFeed()
    {
        var before = await _api.Http.GetAsync(new Uri("/api/v1/transit/routes", UriKind.Relative));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, before.StatusCode);
        Assert.Equal("No transit feed", (string?)(await PolisApi.ReadProblemAsync(before))["title"]);

        var (exit, output) = await PolisCli.RunAsync("import", "gtfs", TransitPolisFixture.FeedPath("bart.zip"), "--data-dir", _polis.DataDirectory);

        Assert.True(exit == 0, output);
        Assert.Contains("stop_times.txt", output, StringComparison.Ordinal);
        Assert.Contains("33,270", output, StringComparison.Ordinal);
        Assert.Contains("Imported as feed version", output, StringComparison.Ordinal);
        var routes = await Eventually.ReturnsAsync(
            () => _api.Http.GetAsync(new Uri("/api/v1/transit/routes", UriKind.Relative)), r => r.IsSuccessStatusCode, "the server serves the imported feed");
        Assert.Equal(11, (await routes.Content.ReadFromJsonAsync<JsonArray>())!.Count);
        // BART's frequency trip M-FSAT1DN runs every 20 minutes from 05:00 to 06:00 on weekdays and Saturdays from COLS.
        var timetable = await _api.GetJsonAsync("/api/v1/transit/stops/COLS/timetable?date=2009-03-10");
        Assert.Contains(timetable["calls"]!.AsArray(), c => (string?)c!["tripId"] == "M-FSAT1DN" && (string?)c["departure"] == "05:20:00");
    }

    [Fact]
    public async Task ImportGtfs_BrokenFeedOrBadUsage_RefusedWithExitCodes()
    {
        var broken = Path.Combine(_polis.DataDirectory, "broken.zip");
        await File.WriteAllBytesAsync(broken, TransitPolisFixture.FeedWithUnknownRoute());

        var (refused, output) = await PolisCli.RunAsync("import", "gtfs", broken, "--Polis:DataDirectory", _polis.DataDirectory);
        var (usage, _) = await PolisCli.RunAsync("import", "gtfs");
        var (missing, _) = await PolisCli.RunAsync("import", "gtfs", Path.Combine(_polis.DataDirectory, "nothing-here.zip"), "--data-dir", _polis.DataDirectory);

        Assert.Equal(1, refused);
        Assert.Contains("foreign_key_violation", output, StringComparison.Ordinal);
        Assert.Contains("Refused", output, StringComparison.Ordinal);
        Assert.Equal(2, usage);
        Assert.Equal(2, missing);
        Assert.Empty((await _api.Http.GetFromJsonAsync<JsonArray>("/api/v1/transit/feeds"))!);
    }
}
