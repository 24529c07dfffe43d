using System.Net.Http.Json;
using System.Text.Json;
using Polis.Citizens.Polls.Ballots;
using Polis.Citizens.Polls.Results;
using Polis.Platform.Hosting;

namespace Polis.Cli;

/// <summary>
/// <c>polis polls verify &lt;poll-id&gt; --target &lt;url&gt;</c> (or <c>--log &lt;file&gt; --results &lt;file&gt;</c>): anyone can
/// download a closed poll's public ballot log and results and check them: the chain, its end, and the recount. Exit codes:
/// 0 they agree; 1 they do not (the first bad entry is named) or could not be read; 2 usage.
/// </summary>
internal static class PollsVerifyCommand
{
    public const string Usage = "usage: polis polls verify <poll-id> --target <url>   |   polis polls verify <poll-id> --log <ballot-log.json> --results <results.json>";

    public static async Task<int> RunAsync(string[] args)
    {
        if (args is not ["verify", var pollId, .. var rest] || pollId.StartsWith("--", StringComparison.Ordinal)
            || CliArguments.Parse(rest, ["--target", "--log", "--results"]) is not var (named, settings) || settings.Length > 0
            || !(named.ContainsKey("--target") ^ (named.ContainsKey("--log") && named.ContainsKey("--results"))))
        {
            await Console.Error.WriteLineAsync(Usage);
            return 2;
        }

        BallotLog? log;
        PollResults? results;
        try
        {
            (log, results) = named.TryGetValue("--target", out var target)
                ? await DownloadAsync(pollId, target)
                : (await ReadAsync<BallotLog>(named["--log"]), await ReadAsync<PollResults>(named["--results"]));
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException or JsonException or UriFormatException or UnauthorizedAccessException or TaskCanceledException)
        {
            await Console.Error.WriteLineAsync($"polis polls verify: could not read the published documents: {ex.Message}");
            return 1;
        }

        if (log?.Entries is null || results?.Totals is null)
        {
            await Console.Error.WriteLineAsync("polis polls verify: the documents are not a ballot log and results.");
            return 1;
        }

        var audit = BallotLogAuditor.Audit(pollId, log, results);
        Console.WriteLine(audit.Agrees ? "OK: " + audit.Summary : "TAMPERED OR INCONSISTENT: " + audit.Summary);
        return audit.Agrees ? 0 : 1;
    }

    private static async Task<(BallotLog?, PollResults?)> DownloadAsync(string pollId, string target)
    {
        using var http = new HttpClient { BaseAddress = new Uri(target), Timeout = TimeSpan.FromMinutes(2) };
        var id = Uri.EscapeDataString(pollId);
        return (await GetAsync<BallotLog>(http, $"/api/v1/citizens/polls/{id}/ballot-log"), await GetAsync<PollResults>(http, $"/api/v1/citizens/polls/{id}/results"));
    }

    private static async Task<T?> GetAsync<T>(HttpClient http, string path)
    {
        using var response = await http.GetAsync(new Uri(path, UriKind.Relative));
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"GET {path} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        return await response.Content.ReadFromJsonAsync<T>(ApiJson.Options);
    }

    private static async Task<T?> ReadAsync<T>(string path)
    {
        await using var file = File.OpenRead(path);
        return await JsonSerializer.DeserializeAsync<T>(file, ApiJson.Options);
    }
}
