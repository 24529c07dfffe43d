using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Polis.Citizens.Reports.Lifecycle;

namespace Polis.Citizens.Reports.Workflow;

/// <summary>The lifecycle rules (options bound from Polis:Citizens:Lifecycle, validated at start) and the workflow over them.</summary>
public static class ReportWorkflowServiceCollectionExtensions
{
    public static IServiceCollection AddReportWorkflow(this IServiceCollection services)
    {
        services.AddOptions<ReportLifecycleOptions>().BindConfiguration(ReportLifecycleOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp => new ReportLifecycle(sp.GetRequiredService<IOptions<ReportLifecycleOptions>>().Value, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<ReportWorkflow>();
        services.AddSingleton<Mine.MyReportFiling>();
        return services;
    }
}
