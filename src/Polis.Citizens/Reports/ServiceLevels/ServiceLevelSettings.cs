using Microsoft.Extensions.Options;
using Polis.Platform.City;

namespace Polis.Citizens.Reports.ServiceLevels;

/// <summary>
/// The city's routing and service levels as documents (stored, else <see cref="ServiceLevelDefaults"/>) and as the
/// ready <see cref="CityServiceLevels"/>, built once and rebuilt after a save. Saves are validated first: a refused
/// document changes nothing.
/// </summary>
public sealed class ServiceLevelSettings(IServiceLevelStore store, IOptions<CityOptions> city)
{
    private CityServiceLevels? _current;

    // Bumped by every save: a build that read the documents before a save must not be cached after it.
    private long _version;

    public TimeZoneInfo Zone => city.Value.Zone;

    public async Task<RoutingDocument> GetRoutingAsync(CancellationToken cancellationToken = default) =>
        await store.GetRoutingAsync(cancellationToken) ?? ServiceLevelDefaults.Routing;

    public async Task<ServiceLevelDocument> GetServiceLevelsAsync(CancellationToken cancellationToken = default) =>
        (await store.GetServiceLevelsAsync(cancellationToken) ?? ServiceLevelDefaults.ServiceLevels) with { TimeZone = city.Value.TimeZone };

    /// <summary>The ready routing and service levels (cached until the next save).</summary>
    public async Task<CityServiceLevels> GetAsync(CancellationToken cancellationToken = default)
    {
        if (Volatile.Read(ref _current) is { } current)
        {
            return current;
        }

        var version = Interlocked.Read(ref _version);
        var built = await BuildAsync(cancellationToken);
        if (Interlocked.Read(ref _version) == version)
        {
            Interlocked.CompareExchange(ref _current, built, null);
        }

        return built;
    }

    /// <summary>Validates and saves a routing document; the faults when refused (nothing saved), none when saved.</summary>
    public Task<ServiceLevelProblems> SaveRoutingAsync(RoutingDocument? document, string actor, DateTimeOffset at, CancellationToken cancellationToken = default) =>
        SaveAsync(RoutingDocumentValidator.Validate(document).Problems, () => store.SaveRoutingAsync(document!, actor, at, cancellationToken), cancellationToken);

    /// <summary>Validates and saves a service-level document (its time zone is the city's, whatever it says).</summary>
    public Task<ServiceLevelProblems> SaveServiceLevelsAsync(ServiceLevelDocument? document, string actor, DateTimeOffset at, CancellationToken cancellationToken = default) =>
        SaveAsync(ServiceLevelDocumentValidator.Validate(document, Zone).Problems,
            () => store.SaveServiceLevelsAsync(document! with { TimeZone = null }, actor, at, cancellationToken), cancellationToken);

    private async Task<ServiceLevelProblems> SaveAsync(ServiceLevelProblems problems, Func<Task> save, CancellationToken cancellationToken)
    {
        if (!problems.Any)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await save();
            Interlocked.Increment(ref _version);
            Volatile.Write(ref _current, null);
        }

        return problems;
    }

    private async Task<CityServiceLevels> BuildAsync(CancellationToken cancellationToken)
    {
        var stored = await store.GetRoutingAsync(cancellationToken);
        var (routing, routingProblems) = RoutingDocumentValidator.Validate(stored ?? ServiceLevelDefaults.Routing);
        var (calendar, policies, levelProblems) = ServiceLevelDocumentValidator.Validate(await GetServiceLevelsAsync(cancellationToken), Zone);
        if (routing is null || calendar is null || policies is null)
        {
            // Only validated documents are saved, so this means the file was edited by hand.
            var faults = routingProblems.ToDictionary().Concat(levelProblems.ToDictionary()).Select(f => $"{f.Key}: {string.Join(" ", f.Value)}");
            throw new InvalidDataException("The stored routing or service levels are not valid: " + string.Join("; ", faults));
        }

        return new CityServiceLevels(routing, stored is not null, calendar, policies);
    }
}
