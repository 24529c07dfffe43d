using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace Polis.Simulator.Rules;

/// <summary>
/// Creates the <see cref="StarterRules"/> that do not exist yet, through the public rules API. A rule that exists
/// is left as it is: an operator may have tuned or disabled it, and a restart must not undo that.
/// </summary>
public sealed class StarterRuleProvisioner(HttpClient http)
{
    /// <summary>Returns how many rules were created.</summary>
    public async Task<int> EnsureAsync(CancellationToken cancellationToken)
    {
        var created = 0;
        foreach (var json in StarterRules.All)
        {
            var id = JsonNode.Parse(json)!["id"]!.GetValue<string>();
            using var existing = await http.GetAsync(new Uri($"/api/v1/rules/{Uri.EscapeDataString(id)}", UriKind.Relative), cancellationToken).ConfigureAwait(false);
            if (existing.IsSuccessStatusCode)
            {
                continue;
            }

            if (existing.StatusCode != HttpStatusCode.NotFound)
            {
                throw await FailureAsync(existing, $"read rule {id}", cancellationToken).ConfigureAwait(false);
            }

            using var content = new StringContent(json, Encoding.UTF8, "application/json");
            using var response = await http.PostAsync(new Uri("/api/v1/rules", UriKind.Relative), content, cancellationToken).ConfigureAwait(false);
            // 409: another simulator created it in the meantime, which is what we wanted.
            if (!response.IsSuccessStatusCode && response.StatusCode != HttpStatusCode.Conflict)
            {
                throw await FailureAsync(response, $"create rule {id}", cancellationToken).ConfigureAwait(false);
            }

            created += response.IsSuccessStatusCode ? 1 : 0;
        }

        return created;
    }

    private static async Task<HttpRequestException> FailureAsync(HttpResponseMessage response, string what, CancellationToken cancellationToken)
    {
        var detail = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        return new HttpRequestException($"Could not {what}: {(int)response.StatusCode} {detail}", null, response.StatusCode);
    }
}
