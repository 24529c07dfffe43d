using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Polis.Citizens.Reports.Duplicates;
using Polis.Citizens.Reports.Moderation;
using Polis.Citizens.Reports.Support;

namespace Polis.Citizens.Reports.OneCity;

/// <summary>Duplicates (rules from Polis:Citizens:Duplicates), "me too", moderation and one city (their stores come from the storage project).</summary>
public static class DuplicatesModerationOneCityServiceCollectionExtensions
{
    public static IServiceCollection AddCitizensDuplicatesModerationOneCity(this IServiceCollection services)
    {
        services.AddOptions<DuplicateOptions>().BindConfiguration(DuplicateOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(sp => new DuplicateFinder(sp.GetRequiredService<IOptions<DuplicateOptions>>().Value.ToRules()));
        services.TryAddSingleton<DuplicateSearch>();
        services.TryAddSingleton<ReportSupport>();
        services.TryAddSingleton(sp => new ReportModeration(sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<ModerationDesk>();
        services.TryAddSingleton<AlarmWorkReports>();
        services.TryAddSingleton<DevicesNearReports>();
        return services;
    }
}
