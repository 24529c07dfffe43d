using Microsoft.Extensions.DependencyInjection;

namespace Polis.Storage.Sqlite.Citizens;

/// <summary>The citizens module's poll stores.</summary>
internal static class SqliteCitizensPollStores
{
    public static IServiceCollection AddSqliteCitizensPollStores(this IServiceCollection services) => services;
}
