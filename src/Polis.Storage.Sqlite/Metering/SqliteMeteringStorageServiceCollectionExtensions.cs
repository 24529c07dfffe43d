using Microsoft.Extensions.DependencyInjection;
using Polis.Metering.Billing.Runs;
using Polis.Metering.Detection;
using Polis.Metering.Ingest;
using Polis.Metering.Meters;
using Polis.Metering.Processing;
using Polis.Metering.Readings;
using Polis.Metering.Residents;
using Polis.Metering.Tariffs;

namespace Polis.Storage.Sqlite.Metering;

/// <summary>The metering module's stores in the embedded database (migrations 0016 to 0020: see docs/metering.md).</summary>
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
        services.AddSingleton<IDirtyMeterStore, SqliteDirtyMeterStore>();
        services.AddSingleton<IIntervalEditStore, SqliteIntervalEditStore>();
        services.AddSingleton<IVeeStatsStore, SqliteVeeStatsStore>();
        services.AddSingleton<ITariffStore, SqliteTariffStore>();
        services.AddSingleton<IBillingRunStore, SqliteBillingRunStore>();
        services.AddSingleton<IBillStore, SqliteBillStore>();
        services.AddSingleton<IFindingStore, SqliteFindingStore>();
        services.AddSingleton<IConsumptionQueries, SqliteConsumptionQueries>();
        services.AddSingleton<IResidentAccountStore, SqliteResidentAccountStore>();
        return services;
    }
}
