using Microsoft.Extensions.DependencyInjection;
using Polis.Citizens.Reports.Catalogue;
using Polis.Citizens.Reports.Keys;
using Polis.Citizens.Reports.Media;
using Polis.Citizens.Reports.Store;

namespace Polis.Storage.Sqlite.Citizens;

/// <summary>The citizens module's report stores (migration 0021).</summary>
internal static class SqliteCitizensReportStores
{
    public static IServiceCollection AddSqliteCitizensReportStores(this IServiceCollection services)
    {
        services.AddSingleton<IServiceCatalogueStore, SqliteServiceCatalogueStore>();
        services.AddSingleton<IOpen311KeyStore, SqliteOpen311KeyStore>();
        services.AddSingleton<IReportStore, SqliteReportStore>();
        services.AddSingleton<IReportMediaStore, SqliteReportMediaStore>();
        services.AddSingleton<Polis.Citizens.Notifications.IResidentNotificationStore, SqliteResidentNotificationStore>();
        services.AddSqliteCitizensModerationSupportDuplicateOneCityStores();
        return services;
    }
}
