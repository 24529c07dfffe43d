using Microsoft.Extensions.DependencyInjection;

namespace Polis.Citizens.Polls;

/// <summary>The polls part of the citizens module: its services (its stores are registered by the storage project).</summary>
public static class PollsServiceCollectionExtensions
{
    public static IServiceCollection AddCitizensPolls(this IServiceCollection services) => services;
}
