using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Polis.Citizens.Reports.Media;
using Polis.Citizens.Reports.OneCity;
using Polis.Citizens.Reports.Open311;
using Polis.Citizens.Reports.Photos;
using Polis.Citizens.Reports.ServiceLevels;
using Polis.Citizens.Reports.Workflow;

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
        services.AddReportWorkflow();
        services.AddCitizensServiceLevels();

        services.AddOptions<PhotoOptions>().BindConfiguration(PhotoOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(sp => new PhotoSanitiser(sp.GetRequiredService<IOptions<PhotoOptions>>().Value));
        services.TryAddSingleton<IReportMediaIntake, SanitisingMediaIntake>();
        services.AddCitizensDuplicatesModerationOneCity();
        return services;
    }
}
