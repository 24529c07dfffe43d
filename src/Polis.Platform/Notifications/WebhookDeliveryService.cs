using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Polis.Platform.Notifications;

/// <summary>
/// Delivers the outbox: POSTs each due notification, records every attempt, and retries with backoff
/// until a 2xx answer or <see cref="NotificationOptions.MaxAttempts"/>.
/// </summary>
public sealed partial class WebhookDeliveryService(
    INotificationStore store,
    IHttpClientFactory httpClients,
    WebhookSignal signal,
    IOptions<NotificationOptions> options,
    TimeProvider timeProvider,
    ILogger<WebhookDeliveryService> logger) : BackgroundService
{
    public const string HttpClientName = "polis-webhooks";

    /// <summary>One pass over what is due; public so tests can drive it with a fake clock.</summary>
    public async Task<int> DeliverDueAsync(CancellationToken cancellationToken = default)
    {
        var due = await store.FindDueAsync(timeProvider.GetUtcNow(), 100, cancellationToken);
        if (due.Count == 0)
        {
            return 0; // the common case, every poll: no need to read the targets
        }

        var targets = (await store.ListTargetsAsync(cancellationToken)).ToDictionary(t => t.Id);
        foreach (var delivery in due)
        {
            if (targets.TryGetValue(delivery.TargetId, out var target))
            {
                await AttemptAsync(delivery, target.Url, cancellationToken);
            }
        }

        return due.Count;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await DeliverDueAsync(stoppingToken);
                await signal.WaitAsync(options.Value.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                LogLoopFailed(logger, ex);
                await Task.Delay(options.Value.PollInterval, timeProvider, stoppingToken);
            }
        }
    }

    private async Task AttemptAsync(Delivery delivery, Uri url, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var number = delivery.Attempts + 1;
        var started = Stopwatch.GetTimestamp();
        int? statusCode = null;
        string? error = null;
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(settings.RequestTimeout);
            using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(delivery.PayloadJson, Encoding.UTF8) };
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            request.Headers.Add("Polis-Delivery", delivery.Id.ToString());
            request.Headers.Add("Polis-Attempt", number.ToString(System.Globalization.CultureInfo.InvariantCulture));
            using var response = await httpClients.CreateClient(HttpClientName).SendAsync(request, timeout.Token);
            statusCode = (int)response.StatusCode;
            error = response.IsSuccessStatusCode ? null : $"HTTP {statusCode} {response.ReasonPhrase}";
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            error = ex is TaskCanceledException ? $"No answer within {settings.RequestTimeout.TotalSeconds:0} s" : ex.Message;
        }

        var now = timeProvider.GetUtcNow();
        var delivered = error is null;
        var status = delivered ? DeliveryStatus.Delivered : number >= settings.MaxAttempts ? DeliveryStatus.Failed : DeliveryStatus.Pending;
        var updated = delivery with
        {
            Status = status,
            Attempts = number,
            NextAttemptAt = delivered ? delivery.NextAttemptAt : now + settings.WaitBefore(number),
            DeliveredAt = delivered ? now : null,
            LastStatusCode = statusCode,
            LastError = error,
        };
        await store.RecordAttemptAsync(updated, new DeliveryAttempt(delivery.Id, number, now, statusCode, error, Stopwatch.GetElapsedTime(started).TotalMilliseconds), cancellationToken);
        if (status == DeliveryStatus.Failed)
        {
            LogGaveUp(logger, delivery.Id, url, number, error);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook delivery {DeliveryId} to {Url} failed after {Attempts} attempts: {Error}")]
    private static partial void LogGaveUp(ILogger logger, Guid deliveryId, Uri url, int attempts, string? error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Webhook delivery loop failed; retrying")]
    private static partial void LogLoopFailed(ILogger logger, Exception exception);
}
