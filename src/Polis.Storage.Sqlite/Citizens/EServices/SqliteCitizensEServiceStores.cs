using Microsoft.Extensions.DependencyInjection;
using Polis.Citizens.EServices.Catalogue;
using Polis.Citizens.EServices.Requests;

namespace Polis.Storage.Sqlite.Citizens.EServices;

/// <summary>The citizens module's e-service stores (migration 0028).</summary>
internal static class SqliteCitizensEServiceStores
{
    public static IServiceCollection AddSqliteCitizensEServiceStores(this IServiceCollection services)
    {
        services.AddSingleton<IEServiceCatalogueStore, SqliteEServiceCatalogueStore>();
        services.AddSingleton<IEServiceRequestStore, SqliteEServiceRequestStore>();
        return services;
    }
}
