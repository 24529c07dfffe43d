using Microsoft.Extensions.DependencyInjection;

namespace Polis.Storage.Sqlite.Transit;

/// <summary>The transit module's stores in the embedded database (feeds, alerts, history: see docs/transit.md).</summary>
public static class SqliteTransitStorageServiceCollectionExtensions
{
    public static IServiceCollection AddPolisSqliteTransitStorage(this IServiceCollection services)
    {
        return services;
    }
}
