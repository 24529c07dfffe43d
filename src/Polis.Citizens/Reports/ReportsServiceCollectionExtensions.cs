using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Polis.Citizens.Reports.Media;
using Polis.Citizens.Reports.Open311;

namespace Polis.Citizens.Reports;

/// <summary>The reports part of the citizens module: its services (its stores are registered by the storage project).</summary>
public static class ReportsServiceCollectionExtensions
{
    public static IServiceCollection AddCitizensReports(this IServiceCollection services)
    {
        services.AddOptions<Open311Options>().BindConfiguration(Open311Options.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<DistrictLocator>();
        services.AddSingleton<ReportIntake>();
        services.AddSingleton<Open311MediaIntake>();

        // The photos part replaces this minimal intake (magic bytes and size) with its own.
        services.TryAddSingleton<IReportMediaIntake, MagicBytesMediaIntake>();
        return services;
    }
}
