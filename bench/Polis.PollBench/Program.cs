using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Polis.PollBench;

// polis-pollbench --target http://127.0.0.1:8080 --admin-email a@b --admin-password p --db <data dir>/polis.db [--voters 10000] [--concurrency 32]
// Against a running polis started with --Polis:Citizens:Polls:RegistrationsPerMinute 1000000. Sets up verified voters
// (not measured), then times every voter casting one ballot through POST /api/v1/citizens/polls/{id}/ballots while one
// voter in ten also fires a second ballot at once (all must be refused), checks in polis.db that there is exactly one
// ballot and one voter row per voter, and runs the plain-SQL peer with the same concurrency.
var target = new Uri(Option("--target") ?? "http://127.0.0.1:8080");
var voterCount = int.Parse(Option("--voters") ?? "10000", CultureInfo.InvariantCulture);
var concurrency = int.Parse(Option("--concurrency") ?? "32", CultureInfo.InvariantCulture);
var dbPath = Option("--db") ?? throw new ArgumentException("--db <polis data dir>/polis.db is required for the one-ballot check.");

using var admin = new HttpClient { BaseAddress = target, Timeout = TimeSpan.FromMinutes(5) };
var login = await admin.PostAsJsonAsync("/api/v1/auth/login", new { email = Option("--admin-email"), password = Option("--admin-password") });
login.EnsureSuccessStatusCode();
admin.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (await login.Content.ReadFromJsonAsync<JsonObject>())!["accessToken"]!.GetValue<string>());

var setup = Stopwatch.StartNew();
var voters = await Voters.CreateAsync(target, admin, voterCount, parallel: 8);
Console.WriteLine($"setup: {voterCount:N0} verified voters in {setup.Elapsed.TotalSeconds:N0} s (not measured)");

var created = await admin.PostAsJsonAsync("/api/v1/citizens/polls", new
{
    title = "Benchmark poll",
    questions = new object[]
    {
        new { id = "use", text = "Main use", kind = "single-choice", options = new[] { new { id = "park", label = "Park" }, new { id = "housing", label = "Housing" } } },
        new { id = "extras", text = "Extras", kind = "multiple-choice", maxSelections = 2, options = new[] { new { id = "cafe", label = "Café" }, new { id = "playground", label = "Playground" }, new { id = "bike-path", label = "Bike path" } } },
    },
    opensAt = DateTimeOffset.UtcNow.AddMinutes(-1),
    closesAt = DateTimeOffset.UtcNow.AddDays(1),
});
created.EnsureSuccessStatusCode();
var pollId = (await created.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
(await admin.PostAsync(new Uri($"/api/v1/citizens/polls/{pollId}/schedule", UriKind.Relative), null)).EnsureSuccessStatusCode();

var recorded = 0;
var refused = 0;
var clock = Stopwatch.StartNew();
await Parallel.ForAsync(0, voterCount, new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (i, cancellationToken) =>
{
    var body = new { answers = new Dictionary<string, string[]> { ["use"] = [i % 3 == 0 ? "housing" : "park"], ["extras"] = i % 2 == 0 ? ["cafe"] : ["cafe", "bike-path"] } };
    var attempts = i % 10 == 0 ? 2 : 1;
    var responses = await Task.WhenAll(Enumerable.Range(0, attempts).Select(_ => voters[i].PostAsJsonAsync($"/api/v1/citizens/polls/{pollId}/ballots", body, cancellationToken)));
    foreach (var response in responses)
    {
        _ = response.StatusCode switch
        {
            HttpStatusCode.Created => Interlocked.Increment(ref recorded),
            HttpStatusCode.Conflict => Interlocked.Increment(ref refused),
            _ => throw new InvalidOperationException($"ballot {i}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(cancellationToken)}"),
        };
    }
});
var seconds = clock.Elapsed.TotalSeconds;

await using var check = new SqliteConnection($"Data Source={dbPath};Mode=ReadOnly");
await check.OpenAsync();
await using var count = check.CreateCommand();
count.CommandText = "SELECT (SELECT count(*) FROM citizens_ballots WHERE poll_id = $p), (SELECT count(*) FROM citizens_poll_voters WHERE poll_id = $p)";
count.Parameters.AddWithValue("$p", pollId);
await using var reader = await count.ExecuteReaderAsync();
await reader.ReadAsync();
var (ballots, voterRows) = (reader.GetInt64(0), reader.GetInt64(1));
Console.WriteLine($"API: {recorded:N0} ballots recorded, {refused:N0} second ballots refused, in {seconds:N1} s = {recorded / seconds:N0} votes/s");
Console.WriteLine($"one-vote check in polis.db: {ballots:N0} ballots, {voterRows:N0} voter rows for {voterCount:N0} voters: {(ballots == voterCount && voterRows == voterCount ? "OK" : "FAILED")}");

var peer = await SqlPeer.RunAsync(voterCount, concurrency);
Console.WriteLine($"peer (plain SQL, same transaction, same concurrency): {peer.Ballots:N0} in {peer.Seconds:N1} s = {peer.Ballots / peer.Seconds:N0} votes/s");
Console.WriteLine($"ratio API / peer: {recorded / seconds / (peer.Ballots / peer.Seconds):N2}");
return ballots == voterCount && voterRows == voterCount ? 0 : 1;

string? Option(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
