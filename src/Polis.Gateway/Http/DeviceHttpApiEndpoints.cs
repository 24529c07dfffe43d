using System.Buffers;
using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polis.Platform.Ingest;

namespace Polis.Gateway.Http;

/// <summary>
/// The ThingsBoard HTTP device API: <c>POST /api/v1/{token}/telemetry|attributes</c>. The token in the path is
/// the credential, so the endpoints are anonymous; 200 means the data is durable.
/// </summary>
internal static class DeviceHttpApiEndpoints
{
    public const string Transport = "http";

    public static IEndpointRouteBuilder MapDeviceHttpApiEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/{token}").AllowAnonymous().WithTags("Device API");
        group.MapPost("/telemetry", PostTelemetryAsync)
            .WithName("PostDeviceTelemetry")
            .WithSummary("Send telemetry as a device (ThingsBoard shapes: {k:v}, {ts, values} or an array of those).");
        group.MapPost("/attributes", PostAttributesAsync)
            .WithName("PostDeviceAttributes")
            .WithSummary("Send client attributes as a device (a flat JSON object).");
        return endpoints;
    }

    public static Task<Results<Ok, ProblemHttpResult>> PostTelemetryAsync(string token, HttpContext context, DeviceApiServices services) =>
        IngestAsync(token, context, services, telemetry: true);

    public static Task<Results<Ok, ProblemHttpResult>> PostAttributesAsync(string token, HttpContext context, DeviceApiServices services) =>
        IngestAsync(token, context, services, telemetry: false);

    private static async Task<Results<Ok, ProblemHttpResult>> IngestAsync(string token, HttpContext context, DeviceApiServices services, bool telemetry)
    {
        var cancellationToken = context.RequestAborted;
        var device = await services.Authenticator.AuthenticateAsync(token, cancellationToken).ConfigureAwait(false);
        if (device is null)
        {
            return TypedResults.Problem("Unknown device access token.", statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized");
        }

        var limit = services.GatewayOptions.Value.MaxPayloadBytes;
        var (buffer, length) = await BoundedBody.ReadAsync(context.Request, limit, cancellationToken).ConfigureAwait(false);
        if (buffer is null)
        {
            await services.Rejections.RecordAsync(Transport, device, RejectionReason.PayloadTooLarge, cancellationToken).ConfigureAwait(false);
            return Problem(context, RejectionReason.PayloadTooLarge, $"The body exceeds the {limit}-byte limit.", null);
        }

        IngestResult result;
        try
        {
            var payload = buffer.AsMemory(0, length);
            result = telemetry
                ? await services.Ingest.IngestTelemetryAsync(device, payload, cancellationToken).ConfigureAwait(false)
                : await services.Ingest.IngestAttributesAsync(device, payload, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            GatewayLog.IngestFailed(services.Logger, ex);
            result = IngestResult.Reject(RejectionReason.Unavailable, "The platform could not take the message; retry later.");
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        if (result.Accepted)
        {
            services.Metrics.Accepted(Transport);
            return TypedResults.Ok();
        }

        var reason = result.Reason ?? RejectionReason.Unavailable;
        services.Metrics.Rejected(Transport, reason);
        return Problem(context, reason, result.Detail, result.RetryAfter);
    }

    private static ProblemHttpResult Problem(HttpContext context, RejectionReason reason, string? detail, TimeSpan? retryAfter)
    {
        var (status, title) = reason switch
        {
            RejectionReason.MalformedPayload => (StatusCodes.Status400BadRequest, "Malformed payload"),
            RejectionReason.InvalidValue => (StatusCodes.Status400BadRequest, "Invalid value"),
            RejectionReason.OutOfRange => (StatusCodes.Status400BadRequest, "Value out of range"),
            RejectionReason.InvalidTimestamp => (StatusCodes.Status400BadRequest, "Invalid timestamp"),
            RejectionReason.PayloadTooLarge => (StatusCodes.Status413PayloadTooLarge, "Payload too large"),
            RejectionReason.RateLimited => (StatusCodes.Status429TooManyRequests, "Rate limited"),
            RejectionReason.TopicNotAllowed => (StatusCodes.Status403Forbidden, "Not allowed"),
            _ => (StatusCodes.Status503ServiceUnavailable, "Unavailable"),
        };
        if (status is StatusCodes.Status429TooManyRequests or StatusCodes.Status503ServiceUnavailable)
        {
            var seconds = Math.Max(1, (int)Math.Ceiling((retryAfter ?? TimeSpan.FromSeconds(1)).TotalSeconds));
            context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        }

        return TypedResults.Problem(detail, statusCode: status, title: title);
    }
}
