using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Polis.EndToEnd.Tests.Infrastructure;

namespace Polis.EndToEnd.Tests;

/// <summary>
/// A service point names one feeder per meter kind through the real process: both kinds stored and listed by each
/// feeder, the older single feederMeterId still read, and two feeders of one kind refused with problem details.
/// </summary>
[Collection(SharedPolis.Name)]
public sealed class MeteringFeedersTests(PolisFixture fixture)
{
    private readonly PolisApi _api = fixture.Api;

    [Fact]
    public async Task ServicePoint_FeederPerKind_StoredListedAndLegacyFieldRead_SameKindTwiceRefused()
    {
        await PostAsync("/api/v1/metering/meters", new { id = "e2e-fd-elec", kind = "electricity", serial = "FD-E", registerDigits = 8 });
        await PostAsync("/api/v1/metering/meters", new { id = "e2e-fd-water", kind = "water", serial = "FD-W", registerDigits = 8 });
        await PostAsync("/api/v1/metering/meters", new { id = "e2e-fd-elec2", kind = "electricity", serial = "FD-E2", registerDigits = 8 });
        await PostAsync("/api/v1/metering/accounts", new { id = "e2e-acct-fd", name = "Canal Row 2", kind = "household" });

        var both = await PostAsync("/api/v1/metering/service-points",
            new { id = "e2e-sp-fd-1", accountId = "e2e-acct-fd", address = "Canal Row 2", feederMeterIds = new[] { "e2e-fd-water", "e2e-fd-elec" } });
        var legacy = await PostAsync("/api/v1/metering/service-points",
            new { id = "e2e-sp-fd-2", accountId = "e2e-acct-fd", address = "Canal Row 4", feederMeterId = "e2e-fd-elec" });

        Assert.Equal(["e2e-fd-elec", "e2e-fd-water"], Ids(both["feederMeterIds"]));
        Assert.Equal(["e2e-fd-elec"], Ids(legacy["feederMeterIds"]));
        var byWater = await _api.GetJsonAsync("/api/v1/metering/service-points?feederMeterId=e2e-fd-water");
        var byElectricity = await _api.GetJsonAsync("/api/v1/metering/service-points?feederMeterId=e2e-fd-elec");
        Assert.Equal((1, 2), (byWater["total"]!.GetValue<int>(), byElectricity["total"]!.GetValue<int>()));

        var sameKind = await _api.Http.PostAsJsonAsync("/api/v1/metering/service-points",
            new { id = "e2e-sp-fd-3", accountId = "e2e-acct-fd", address = "Canal Row 6", feederMeterIds = new[] { "e2e-fd-elec", "e2e-fd-elec2" } });
        Assert.Equal(HttpStatusCode.BadRequest, sameKind.StatusCode);
        var problem = await PolisApi.ReadProblemAsync(sameKind);
        Assert.Contains("at most one feeder per meter kind", problem["errors"]!["feederMeterIds"]![0]!.GetValue<string>(), StringComparison.Ordinal);
        var ambiguous = await _api.Http.PostAsJsonAsync("/api/v1/metering/service-points",
            new { id = "e2e-sp-fd-4", accountId = "e2e-acct-fd", address = "Canal Row 8", feederMeterId = "e2e-fd-elec", feederMeterIds = new[] { "e2e-fd-water" } });
        Assert.Equal(HttpStatusCode.BadRequest, ambiguous.StatusCode);
        Assert.NotNull((await PolisApi.ReadProblemAsync(ambiguous))["errors"]!["feederMeterIds"]);
        Assert.Equal(HttpStatusCode.NotFound, (await _api.Http.GetAsync(new Uri("/api/v1/metering/service-points/e2e-sp-fd-3", UriKind.Relative))).StatusCode);
    }

    private static string[] Ids(JsonNode? node) => [.. node!.AsArray().Select(n => n!.GetValue<string>())];

    private async Task<JsonObject> PostAsync(string path, object body)
    {
        var response = await _api.Http.PostAsJsonAsync(path, body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"POST {path} → {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }
}
