using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Polis.EndToEnd.Tests.Infrastructure;

namespace Polis.EndToEnd.Tests.Citizens;

/// <summary>
/// City polls through the real polis process: residents register and are verified, vote once, the poll closes by the
/// clock, the log and results are published, receipts find ballots and <c>polis polls verify</c> agrees — and catches a
/// tampered copy. Its own process: k = 2 so two ballots in a district are shown.
/// </summary>
public sealed class PollFlowTests : IAsyncLifetime
{
    private PolisProcess _polis = null!;
    private PolisApi _admin = null!;

    public async Task InitializeAsync()
    {
        _polis = await PolisProcess.StartAsync("--Polis:Citizens:Polls:SuppressionThreshold", "2", "--Polis:Citizens:Polls:RegistrationsPerMinute", "1000");
        _admin = await PolisApi.SignInAsync(_polis);
    }

    public async Task DisposeAsync()
    {
        _admin.Dispose();
        await _polis.DisposeAsync();
    }

    [Fact]
    public async Task Poll_RegisterVerifyVoteCloseVerify_OneSecretBallotEachAndAVerifiableCount()
    {
        var polls = new PollClient(_polis, _admin);
        var alice = await polls.ResidentAsync("alice", "north", "1990-01-01");
        var bob = await polls.ResidentAsync("bob", "north", "1985-07-14");
        var carol = await polls.ResidentAsync("carol", "south", DateOnly.FromDateTime(DateTime.UtcNow).AddYears(-12).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        var dave = await polls.ResidentAsync("dave", district: null, birthDate: null);

        var pollId = await polls.CreateScheduledAsync(closesIn: TimeSpan.FromSeconds(20), minimumAge: 16);
        Assert.Equal(HttpStatusCode.Conflict, (await _admin.Http.PutAsJsonAsync($"/api/v1/citizens/polls/{pollId}", PollClient.Definition(TimeSpan.FromSeconds(20), 16))).StatusCode);
        var profile = await alice.GetJsonAsync("/api/v1/me/profile");
        Assert.Equal((true, "north"), (profile["verified"]!.GetValue<bool>(), profile["districtId"]!.GetValue<string>()));
        Assert.Equal("open", (await alice.GetJsonAsync($"/api/v1/citizens/polls/{pollId}"))["status"]!.GetValue<string>());

        var invalid = await PollClient.VoteAsync(bob, pollId, "housing", "cafe", "playground", "bike-path");
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.NotNull((await PolisApi.ReadProblemAsync(invalid))["errors"]!["answers.extras"]);

        var aliceVote = await PollClient.VoteAsync(alice, pollId, "park", "cafe", "playground");
        Assert.Equal(HttpStatusCode.Created, aliceVote.StatusCode);
        var aliceReceipt = (await aliceVote.Content.ReadFromJsonAsync<JsonObject>())!["receiptCode"]!.GetValue<string>();
        var again = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => PollClient.VoteAsync(alice, pollId, "school", "cafe")));
        Assert.All(again, r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
        Assert.Equal("Already voted", (await PolisApi.ReadProblemAsync(again[0]))["title"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Created, (await PollClient.VoteAsync(bob, pollId, "housing", "cafe")).StatusCode);

        var tooYoung = await PollClient.VoteAsync(carol, pollId, "park", "cafe");
        Assert.Equal(HttpStatusCode.Forbidden, tooYoung.StatusCode);
        Assert.Contains("at least 16", (await PolisApi.ReadProblemAsync(tooYoung))["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await PollClient.VoteAsync(dave, pollId, "park", "cafe")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _admin.Http.GetAsync($"/api/v1/citizens/polls/{pollId}/ballot-log")).StatusCode);

        using var anonymous = new HttpClient { BaseAddress = _polis.BaseAddress };
        await Eventually.ReturnsAsync(() => anonymous.GetAsync($"/api/v1/citizens/polls/{pollId}/ballot-log"), r => r.IsSuccessStatusCode, "the poll closed and its log was published", seconds: 60);
        await polls.VerifyAsync(dave, "north", "1970-01-01");
        var late = await PollClient.VoteAsync(dave, pollId, "park", "cafe");
        Assert.Equal((HttpStatusCode.Conflict, "Poll not open"), (late.StatusCode, (await PolisApi.ReadProblemAsync(late))["title"]!.GetValue<string>()));

        var results = (await anonymous.GetFromJsonAsync<JsonObject>($"/api/v1/citizens/polls/{pollId}/results"))!;
        Assert.Equal(2, results["ballots"]!.GetValue<int>());
        Assert.Equal("park:1 housing:1 school:0", Counts(results["totals"]![0]!));
        Assert.Equal("playground:1 cafe:2 bike-path:0", Counts(results["totals"]![1]!));
        Assert.Equal("north", results["districts"]![0]!["district"]!.GetValue<string>());

        var receipt = (await anonymous.GetFromJsonAsync<JsonObject>($"/api/v1/citizens/polls/{pollId}/receipts/{aliceReceipt.ToUpperInvariant()}"))!;
        Assert.Equal("use=park;extras=cafe,playground", receipt["entry"]!["answers"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/v1/citizens/polls/{pollId}/receipts/{new string('a', 32)}")).StatusCode);

        var verified = await PolisCli.RunAsync("polls", "verify", pollId, "--target", _polis.BaseAddress.ToString());
        Assert.True(verified.ExitCode == 0, verified.Output);
        Assert.Contains("OK: Poll " + pollId + ": 2 ballots, chain intact", verified.Output, StringComparison.Ordinal);

        await AssertTamperedCopyCaughtAsync(anonymous, pollId);
    }

    private static async Task AssertTamperedCopyCaughtAsync(HttpClient anonymous, string pollId)
    {
        var directory = Directory.CreateTempSubdirectory("polis-poll-verify-").FullName;
        try
        {
            var log = JsonNode.Parse(await anonymous.GetStringAsync($"/api/v1/citizens/polls/{pollId}/ballot-log"))!;
            var resultsFile = Path.Combine(directory, "results.json");
            await File.WriteAllTextAsync(resultsFile, await anonymous.GetStringAsync($"/api/v1/citizens/polls/{pollId}/results"));

            // Bob's "housing" turned into "park": the second entry's hash no longer fits.
            var entry = log["entries"]![1]!;
            entry["answers"] = entry["answers"]!.GetValue<string>().Replace("use=housing", "use=park", StringComparison.Ordinal);
            var logFile = Path.Combine(directory, "ballot-log.json");
            await File.WriteAllTextAsync(logFile, log.ToJsonString());

            var tampered = await PolisCli.RunAsync("polls", "verify", pollId, "--log", logFile, "--results", resultsFile);
            Assert.Equal(1, tampered.ExitCode);
            Assert.Contains("Entry 2 is bad", tampered.Output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static string Counts(JsonNode question) =>
        string.Join(' ', question["options"]!.AsArray().Select(o => $"{o!["id"]!.GetValue<string>()}:{o["count"]!.GetValue<int>()}"));
}
