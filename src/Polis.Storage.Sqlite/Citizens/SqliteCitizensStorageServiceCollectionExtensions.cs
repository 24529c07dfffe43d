using Microsoft.Extensions.DependencyInjection;
using Polis.Storage.Sqlite.Citizens.EServices;

namespace Polis.Storage.Sqlite.Citizens;

/// <summary>The citizens module's stores in the embedded database (migrations 0021–0028: reports, polls, workflow, notifications, service levels, duplicates and moderation, e-services; see docs/citizens.md).</summary>
public static class SqliteCitizensStorageServiceCollectionExtensions
{
    public static IServiceCollection AddPolisSqliteCitizensStorage(this IServiceCollection services)
    {
        services.AddSqliteCitizensReportStores();
        services.AddSqliteCitizensPollStores();
        services.AddSqliteCitizensServiceLevelStores();
        services.AddSqliteCitizensEServiceStores();
        return services;
    }
}
