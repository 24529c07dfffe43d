using OpenTelemetry.Metrics;

namespace Polis.Hosting;

/// <summary>OpenTelemetry metrics of every Polis.* meter plus ASP.NET Core, scraped as Prometheus text on /metrics.</summary>
internal static class ObservabilityHosting
{
    public static IServiceCollection AddPolisObservability(this IServiceCollection services)
    {
        services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddMeter("Polis.*")
            .AddAspNetCoreInstrumentation()
            .AddPrometheusExporter());
        services.AddHealthChecks();
        return services;
    }
}
