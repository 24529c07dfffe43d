using Microsoft.Extensions.DependencyInjection;
using Polis.Citizens.Polls.Ballots;
using Polis.Citizens.Polls.Results;
using Polis.Citizens.Residents.Api;

namespace Polis.Citizens.Polls;

/// <summary>The polls part of the citizens module: its services (its stores are registered by the storage project).</summary>
public static class PollsServiceCollectionExtensions
{
    public static IServiceCollection AddCitizensPolls(this IServiceCollection services)
    {
        services.AddOptions<PollOptions>().BindConfiguration(PollOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<VotingService>();
        services.AddSingleton<PublicationService>();
        services.AddSingleton<RegistrationLimiter>();
        return services;
    }
}
