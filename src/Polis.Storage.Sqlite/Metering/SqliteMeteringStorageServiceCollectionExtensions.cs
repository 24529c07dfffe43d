using Microsoft.Extensions.DependencyInjection;
using Polis.Metering.Detection;
using Polis.Metering.Ingest;
using Polis.Metering.Meters;
using Polis.Metering.Readings;

namespace Polis.Storage.Sqlite.Metering;

/// <summary>The metering module's stores in the embedded database (migration 0016: see docs/metering.md).</summary>
public static class SqliteMeteringStorageServiceCollectionExtensions
{
    public static IServiceCollection AddPolisSqliteMeteringStorage(this IServiceCollection services)
    {
        services.AddSingleton<IAccountStore, SqliteAccountStore>();
        services.AddSingleton<IServicePointStore, SqliteServicePointStore>();
        services.AddSingleton<IMeterStore, SqliteMeterStore>();
        services.AddSingleton<IInstallationStore, SqliteInstallationStore>();
        services.AddSingleton<IRegisterReadStore, SqliteRegisterReadStore>();
        services.AddSingleton<IUnassignedDeviceStore, SqliteUnassignedDeviceStore>();
        services.AddSingleton<IIntervalStore, SqliteIntervalStore>();
        services.AddSingleton<IFindingStore, SqliteFindingStore>();
        services.AddSingleton<IConsumptionQueries, SqliteConsumptionQueries>();
        return services;
    }
}
