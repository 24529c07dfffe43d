using Microsoft.Extensions.DependencyInjection;
using Polis.Citizens.Polls;
using Polis.Citizens.Polls.Ballots;
using Polis.Citizens.Residents;

namespace Polis.Storage.Sqlite.Citizens;

/// <summary>The citizens module's poll stores: residents' profiles, polls and the ballot box.</summary>
internal static class SqliteCitizensPollStores
{
    public static IServiceCollection AddSqliteCitizensPollStores(this IServiceCollection services)
    {
        services.AddSingleton<IResidentProfileStore, SqliteResidentProfileStore>();
        services.AddSingleton<IPollStore, SqlitePollStore>();
        services.AddSingleton<IBallotBox, SqliteBallotBox>();
        return services;
    }
}
