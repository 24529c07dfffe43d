using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Polis.Platform.Alarms;
using Polis.Platform.City;
using Polis.Platform.Commands;
using Polis.Platform.Commands.Groups;
using Polis.Platform.Devices;
using Polis.Platform.Ingest;
using Polis.Platform.Live;
using Polis.Platform.Notifications;
using Polis.Platform.Rules;
using Polis.Platform.Rules.Runtime;
using Polis.Platform.Telemetry;

namespace Polis.Platform.Hosting;

/// <summary>Registers the kernel: registry, ingest pipeline, telemetry queries and their options.</summary>
public static class PlatformServiceCollectionExtensions
{
    public static IServiceCollection AddPolisPlatform(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<PolisOptions>().BindConfiguration(PolisOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<GatewayOptions>().BindConfiguration(GatewayOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<CityOptions>().BindConfiguration(CityOptions.SectionName)
            .Validate(city => CityOptions.IsKnownZone(city.TimeZone), "Polis:City:TimeZone must be an IANA time zone id known to this system, e.g. Europe/Copenhagen.")
            .ValidateOnStart();
        services.AddOptions<TelemetryOptions>().BindConfiguration(TelemetryOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();

        services.AddSingleton<DeviceProfileCache>();
        services.AddSingleton<DeviceAuthenticator>();
        services.AddSingleton<IDeviceAuthenticator>(sp => sp.GetRequiredService<DeviceAuthenticator>());
        services.AddSingleton<DeviceRateLimiter>();
        services.AddSingleton<IDeviceChangeObserver>(sp => sp.GetRequiredService<DeviceRateLimiter>());
        services.AddSingleton<ServerTimestamps>();
        services.AddSingleton<IDeviceChangeObserver>(sp => sp.GetRequiredService<ServerTimestamps>());
        services.AddSingleton<IngestMetrics>();
        services.AddSingleton<DeviceIngestService>();
        services.AddSingleton<IDeviceIngest>(sp => sp.GetRequiredService<DeviceIngestService>());
        services.AddSingleton<IDeviceChangeObserver>(sp => sp.GetRequiredService<DeviceIngestService>());
        services.AddSingleton<DeviceRegistry>();
        services.AddSingleton<DeviceProfileService>();
        services.AddSingleton<DeviceAttributeService>();
        services.AddSingleton<TelemetryQueryService>();
        services.AddHostedService<BuiltInProfileSeeder>();
        services.AddHostedService<TelemetryRetentionService>();

        services.AddOptions<AlarmOptions>().BindConfiguration(AlarmOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<AlarmService>();
        services.AddHostedService<AlarmEscalationService>();

        services.AddOptions<RuleOptions>().BindConfiguration(RuleOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<RuleCatalog>();
        services.AddSingleton<RuleService>();
        services.AddSingleton<RuleAttachments>();
        services.AddHostedService(sp => sp.GetRequiredService<RuleAttachments>());
        services.AddSingleton<IAlarmObserver, RuleAlarmClearances>();

        services.AddOptions<NotificationOptions>().BindConfiguration(NotificationOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddHttpClient(WebhookDeliveryService.HttpClientName);
        services.AddSingleton<WebhookSignal>();
        services.AddSingleton<IAlarmObserver, NotificationDispatcher>();
        services.AddHostedService<WebhookDeliveryService>();

        services.AddSignalR().AddJsonProtocol(json => ApiJson.ApplyConventions(json.PayloadSerializerOptions));
        services.AddSingleton<LiveSubscriptions>();
        services.AddSingleton<LiveTwinPublisher>();
        services.AddSingleton<IReadingObserver>(sp => sp.GetRequiredService<LiveTwinPublisher>());
        services.AddSingleton<IDeviceChangeObserver>(sp => sp.GetRequiredService<LiveTwinPublisher>());
        services.AddSingleton<IAlarmObserver, LiveAlarmPublisher>();
        services.AddPolisCommands();
        services.AddPolisGroupCommands();
        return services;
    }
}
