using Microsoft.Extensions.DependencyInjection;
using Polis.Citizens.Reports.ServiceLevels;

namespace Polis.Storage.Sqlite.Citizens;

/// <summary>The citizens module's routing and service-level stores (migration 0026).</summary>
internal static class SqliteCitizensServiceLevelStores
{
    public static IServiceCollection AddSqliteCitizensServiceLevelStores(this IServiceCollection services)
    {
        services.AddSingleton<IServiceLevelStore, SqliteServiceLevelStore>();
        services.AddSingleton<IServiceLevelReports, SqliteServiceLevelReports>();
        return services;
    }
}
