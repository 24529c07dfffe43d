using Microsoft.Extensions.DependencyInjection;

namespace Polis.Storage.Sqlite.Citizens;

/// <summary>The citizens module's report stores.</summary>
internal static class SqliteCitizensReportStores
{
    public static IServiceCollection AddSqliteCitizensReportStores(this IServiceCollection services) => services;
}
