using Microsoft.Extensions.DependencyInjection;

namespace Polis.Citizens.Reports.ServiceLevels;

/// <summary>Routing and service levels in operation: the settings, the escalation sweep and its options.</summary>
public static class ServiceLevelsServiceCollectionExtensions
{
    public static IServiceCollection AddCitizensServiceLevels(this IServiceCollection services)
    {
        services.AddOptions<ReportEscalationOptions>().BindConfiguration(ReportEscalationOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ServiceLevelSettings>();
        services.AddSingleton<ReportEscalationService>();
        services.AddHostedService(sp => sp.GetRequiredService<ReportEscalationService>());
        return services;
    }

    /// <summary>The admin documents and the operators' queue.</summary>
    public static Microsoft.AspNetCore.Routing.IEndpointRouteBuilder MapCitizensServiceLevelEndpoints(this Microsoft.AspNetCore.Routing.IEndpointRouteBuilder endpoints)
    {
        endpoints.MapServiceLevelEndpoints();
        endpoints.MapQueueEndpoints();
        return endpoints;
    }
}
