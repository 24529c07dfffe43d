using Microsoft.Extensions.DependencyInjection;
using Polis.NgsiLd.Subscriptions;

namespace Polis.Storage.Sqlite.NgsiLd;

/// <summary>
/// The embedded store of NGSI-LD subscriptions. Separate from AddPolisSqliteStorage because it serves the
/// NGSI-LD module, whose interface it implements; needs the <see cref="SqliteDatabase"/> that registers.
/// </summary>
public static class SqliteNgsiLdStorageExtensions
{
    public static IServiceCollection AddPolisSqliteNgsiLdStorage(this IServiceCollection services)
    {
        services.AddSingleton<ISubscriptionStore, SqliteSubscriptionStore>();
        return services;
    }
}
