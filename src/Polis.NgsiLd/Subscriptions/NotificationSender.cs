using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Polis.NgsiLd.Subscriptions;

/// <summary>
/// POSTs a notification to the subscription's endpoint. The spec requires no retries; one retry after
/// <see cref="NgsiLdSubscriptionOptions.RetryDelay"/> covers a receiver restarting, and only for failures a
/// retry can fix (network, timeout, 429, 5xx), not for a receiver that refuses the body (4xx).
/// </summary>
public sealed partial class NotificationSender(
    IHttpClientFactory httpClients, IOptions<NgsiLdSubscriptionOptions> options, TimeProvider timeProvider, ILogger<NotificationSender> logger)
{
    public const string HttpClientName = "polis-ngsi-ld-notifications";

    /// <summary>Null when delivered, else what went wrong (recorded as the subscription's last failure).</summary>
    public async Task<string?> SendAsync(Subscription subscription, JsonObject body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        ArgumentNullException.ThrowIfNull(body);
        var (error, retry) = await PostAsync(subscription, body, cancellationToken);
        if (error is not null && retry)
        {
            await Task.Delay(options.Value.RetryDelay, timeProvider, cancellationToken);
            (error, _) = await PostAsync(subscription, body, cancellationToken);
        }

        if (error is not null)
        {
            LogFailed(logger, subscription.Id, subscription.Notification.Endpoint, error);
        }

        return error;
    }

    private async Task<(string? Error, bool Retry)> PostAsync(Subscription subscription, JsonObject body, CancellationToken cancellationToken)
    {
        var notification = subscription.Notification;
        using var request = new HttpRequestMessage(HttpMethod.Post, notification.Endpoint)
        {
            Content = new StringContent(body.ToJsonString(), Encoding.UTF8, notification.Accept),
        };
        if (notification.Accept != NgsiLdContext.JsonLdMediaType)
        {
            request.Headers.TryAddWithoutValidation("Link", NgsiLdContext.LinkHeader(subscription.Context));
        }

        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(options.Value.RequestTimeout);
            using var response = await httpClients.CreateClient(HttpClientName).SendAsync(request, timeout.Token);
            if (response.IsSuccessStatusCode)
            {
                return (null, false);
            }

            var status = (int)response.StatusCode;
            return ($"HTTP {status} {response.ReasonPhrase}", status >= 500 || response.StatusCode == HttpStatusCode.TooManyRequests);
        }
        catch (HttpRequestException ex)
        {
            return (ex.Message, true);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return ($"No answer within {options.Value.RequestTimeout.TotalSeconds:0.#} s", true);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "NGSI-LD notification of subscription {SubscriptionId} to {Endpoint} failed: {Error}")]
    private static partial void LogFailed(ILogger logger, string subscriptionId, Uri endpoint, string error);
}
