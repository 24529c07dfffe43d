using Microsoft.Extensions.DependencyInjection;

namespace Polis.Storage.Sqlite.Citizens;

/// <summary>The citizens module's stores in the embedded database (migrations 0021 reports, 0022 polls: see docs/citizens.md).</summary>
public static class SqliteCitizensStorageServiceCollectionExtensions
{
    public static IServiceCollection AddPolisSqliteCitizensStorage(this IServiceCollection services)
    {
        services.AddSqliteCitizensReportStores();
        services.AddSqliteCitizensPollStores();
        EServices.SqliteCitizensEServiceStores.AddSqliteCitizensEServiceStores(services);
        return services;
    }
}
