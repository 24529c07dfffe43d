using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polis.Gateway.Mqtt;
using Polis.Platform.Ingest;

namespace Polis.Gateway.Http;

/// <summary>The services the device API handlers need, bound as one parameter.</summary>
internal sealed class DeviceApiServices(
    IDeviceAuthenticator authenticator,
    IDeviceIngest ingest,
    TransportRejections rejections,
    GatewayMetrics metrics,
    IOptions<GatewayOptions> gatewayOptions,
    ILogger<DeviceApiServices> logger)
{
    public IDeviceAuthenticator Authenticator { get; } = authenticator;

    public IDeviceIngest Ingest { get; } = ingest;

    public TransportRejections Rejections { get; } = rejections;

    public GatewayMetrics Metrics { get; } = metrics;

    public IOptions<GatewayOptions> GatewayOptions { get; } = gatewayOptions;

    public ILogger Logger { get; } = logger;
}
