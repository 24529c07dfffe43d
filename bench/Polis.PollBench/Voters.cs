using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Polis.PollBench;

/// <summary>Sets up the voters through the real API (not measured): register, sign in, verification by the admin.</summary>
internal static class Voters
{
    private const string Password = "bench-resident-password";

    public static async Task<List<HttpClient>> CreateAsync(Uri target, HttpClient admin, int count, int parallel)
    {
        var voters = new HttpClient[count];
        var done = 0;
        await Parallel.ForAsync(0, count, new ParallelOptions { MaxDegreeOfParallelism = parallel }, async (i, cancellationToken) =>
        {
            var email = $"voter-{i}-{Guid.NewGuid():N}@bench.example";
            var http = new HttpClient { BaseAddress = target, Timeout = TimeSpan.FromMinutes(5) };
            (await http.PostAsJsonAsync("/api/v1/citizens/residents/register", new { email, password = Password, displayName = $"Voter {i}" }, cancellationToken)).EnsureSuccessStatusCode();
            var login = await http.PostAsJsonAsync("/api/v1/auth/login", new { email, password = Password }, cancellationToken);
            login.EnsureSuccessStatusCode();
            var token = (await login.Content.ReadFromJsonAsync<JsonObject>(cancellationToken))!["accessToken"]!.GetValue<string>();
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            var userId = (await http.GetFromJsonAsync<JsonObject>("/api/v1/me/profile", cancellationToken))!["userId"]!.GetValue<string>();
            (await admin.PostAsJsonAsync($"/api/v1/citizens/residents/{userId}/verification", new { districtId = $"district-{i % 8}", birthDate = "1980-05-17" }, cancellationToken)).EnsureSuccessStatusCode();
            voters[i] = http;
            if (Interlocked.Increment(ref done) % 500 == 0)
            {
                Console.WriteLine($"  {done:N0} voters ready");
            }
        });
        return [.. voters];
    }
}
