using Microsoft.AspNetCore.Routing;
using Polis.Platform.Alarms;
using Polis.Platform.Commands;
using Polis.Platform.Commands.Groups;
using Microsoft.AspNetCore.Builder;
using Polis.Platform.Devices;
using Polis.Platform.Geography;
using Polis.Platform.Live;
using Polis.Platform.Rules;
using Polis.Platform.Notifications;
using Polis.Platform.Telemetry;

namespace Polis.Platform.Hosting;

/// <summary>Maps the kernel's operator API.</summary>
public static class PlatformEndpointRouteBuilderExtensions
{
    public static IEndpointRouteBuilder MapPlatformEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapDeviceProfileEndpoints();
        endpoints.MapDeviceEndpoints();
        endpoints.MapDeviceAttributeEndpoints();
        endpoints.MapTelemetryEndpoints();
        endpoints.MapAlarmEndpoints();
        endpoints.MapRuleEndpoints();
        endpoints.MapNotificationEndpoints();
        endpoints.MapCommandEndpoints();
        endpoints.MapGroupCommandEndpoints();
        endpoints.MapGeographyEndpoints();
        endpoints.MapHub<LiveHub>(LiveHub.Path);
        return endpoints;
    }
}
