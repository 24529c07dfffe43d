using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans;
using Orleans.Storage;
using Polis.Platform.Alarms;
using Polis.Platform.Commands;
using Polis.Platform.Commands.Groups;
using Polis.Platform.Devices;
using Polis.Platform.Geography;
using Polis.Platform.Hosting;
using Polis.Platform.Notifications;
using Polis.Platform.Rules;
using Polis.Platform.Telemetry;
using Polis.Storage.Sqlite.Alarms;
using Polis.Storage.Sqlite.Commands;
using Polis.Storage.Sqlite.Geography;
using Polis.Storage.Sqlite.Grains;
using Polis.Storage.Sqlite.GroupCommands;
using Polis.Storage.Sqlite.Notifications;
using Polis.Storage.Sqlite.Registry;
using Polis.Storage.Sqlite.Rules;
using Polis.Storage.Sqlite.Telemetry;

namespace Polis.Storage.Sqlite;

/// <summary>The embedded default: registry, telemetry, alarms and grain state in one SQLite file, polis.db.</summary>
public static class SqliteStorageServiceCollectionExtensions
{
    public const string FileName = "polis.db";

    public static IServiceCollection AddPolisSqliteStorage(this IServiceCollection services)
    {
        services.AddSingleton(sp =>
        {
            var directory = sp.GetRequiredService<IOptions<PolisOptions>>().Value.ResolveDataDirectory();
            var database = new SqliteDatabase(Path.Combine(directory, FileName));
            database.Migrate();
            return database;
        });
        services.AddSingleton<IDeviceRegistryStore, SqliteDeviceRegistryStore>();
        services.AddSingleton<IAlarmStore, SqliteAlarmStore>();
        services.AddSingleton<INotificationStore, SqliteNotificationStore>();
        services.AddSingleton<IRuleStore, SqliteRuleStore>();
        services.AddSingleton<ICommandStore, SqliteCommandStore>();
        services.AddSingleton<IGroupCommandStore, SqliteGroupCommandStore>();
        services.AddSingleton<IGeographyStore, SqliteGeographyStore>();
        services.AddSingleton<SqliteTelemetryStore>();
        services.AddSingleton<ITelemetryStore>(sp => sp.GetRequiredService<SqliteTelemetryStore>());
        services.AddSingleton<IReminderTable, SqliteReminderTable>();
        services.AddKeyedSingleton<IGrainStorage>(StorageNames.Default, (sp, _) => ActivatorUtilities.CreateInstance<SqliteGrainStorage>(sp));
        return services;
    }
}
