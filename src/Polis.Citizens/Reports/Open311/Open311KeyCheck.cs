using Microsoft.AspNetCore.Http;
using Polis.Citizens.Reports.Keys;

namespace Polis.Citizens.Reports.Open311;

/// <summary>The api_key every Open311 POST needs: missing, unknown and revoked keys are all the spec's 403.</summary>
public static class Open311KeyCheck
{
    public static async Task<(Open311ApiKey? Key, Open311Refusal? Refusal)> CheckAsync(string? apiKey, IOpen311KeyStore keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (string.IsNullOrEmpty(apiKey))
        {
            return (null, new Open311Refusal(StatusCodes.Status403Forbidden, "api_key was not provided."));
        }

        return await keys.FindActiveAsync(Open311KeySecrets.Hash(apiKey), cancellationToken) is { } key
            ? (key, null)
            : (null, new Open311Refusal(StatusCodes.Status403Forbidden, "Invalid api_key received."));
    }
}
