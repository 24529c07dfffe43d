using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Polis.NgsiLd.Http;
using Polis.NgsiLd.Subscriptions;
using Polis.Platform.Ingest;

namespace Polis.NgsiLd;

/// <summary>Registers the NGSI-LD API's services; the host maps the routes with <see cref="NgsiLdEndpoints.MapNgsiLdEndpoints"/>.</summary>
public static class NgsiLdServiceCollectionExtensions
{
    public static IServiceCollection AddPolisNgsiLd(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IDeviceTwinReader, GrainDeviceTwinReader>();
        services.TryAddSingleton<NgsiLdEntityService>();

        // Subscriptions: the host also registers an ISubscriptionStore (embedded: AddPolisSqliteNgsiLdStorage).
        services.AddOptions<NgsiLdSubscriptionOptions>().BindConfiguration(NgsiLdSubscriptionOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddHttpClient(NotificationSender.HttpClientName);
        services.TryAddSingleton<SubscriptionRegistry>();
        services.TryAddSingleton<ReadingInbox>();
        services.TryAddSingleton<NotificationSender>();
        services.AddSingleton<IReadingObserver>(sp => ActivatorUtilities.CreateInstance<SubscriptionReadingObserver>(sp));
        services.AddHostedService<SubscriptionNotifier>();
        return services;
    }
}
