using Microsoft.Extensions.DependencyInjection;
using Polis.Metering.Ingest;
using Polis.Metering.Meters;
using Polis.Metering.Readings;
using Polis.Metering.Residents;

namespace Polis.Storage.Sqlite.Metering;

/// <summary>The metering module's stores in the embedded database (migrations 0016 and 0020: see docs/metering.md).</summary>
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
        services.AddSingleton<IResidentAccountStore, SqliteResidentAccountStore>();
        return services;
    }
}
