using Microsoft.Extensions.DependencyInjection;
using Polis.Citizens.Reports.Duplicates;
using Polis.Citizens.Reports.Moderation;
using Polis.Citizens.Reports.OneCity;
using Polis.Citizens.Reports.Support;

namespace Polis.Storage.Sqlite.Citizens;

/// <summary>The stores of duplicates, "me too", moderation and one city (migration 0027).</summary>
internal static class SqliteModerationSupportDuplicateOneCityStores
{
    public static IServiceCollection AddSqliteCitizensModerationSupportDuplicateOneCityStores(this IServiceCollection services)
    {
        services.AddSingleton<IDuplicateSearchStore, SqliteDuplicateSearchStore>();
        services.AddSingleton<IReportSupportStore, SqliteReportSupportStore>();
        services.AddSingleton<IReportModerationStore, SqliteReportModerationStore>();
        services.AddSingleton<IAlarmReportStore, SqliteOneCityAlarmReportStore>();
        return services;
    }
}
