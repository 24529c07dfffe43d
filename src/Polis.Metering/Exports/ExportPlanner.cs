using Polis.Metering.Meters;

namespace Polis.Metering.Exports;

/// <summary>
/// Works out what an export covers: the service points of an account and, for each, the meters installed there during
/// the range with the part of the range each was in place (<see cref="ExportPart"/>), by service point, kind and time.
/// </summary>
public sealed class ExportPlanner(IServicePointStore servicePoints, IInstallationStore installations, IMeterStore meters)
{
    private const int PageSize = 500;

    /// <summary>Every service point of an account, ordered by id.</summary>
    public async Task<IReadOnlyList<ServicePoint>> ServicePointsOfAsync(string accountId, CancellationToken cancellationToken = default)
    {
        var all = new List<ServicePoint>();
        while (true)
        {
            var page = await servicePoints.ListAsync(new ServicePointQuery(AccountId: accountId, Offset: all.Count, Limit: PageSize), cancellationToken);
            all.AddRange(page.Items);
            if (page.Items.Count < PageSize)
            {
                return all;
            }
        }
    }

    /// <summary>The parts of one service point in [<paramref name="from"/>, <paramref name="to"/>).</summary>
    public async Task<IReadOnlyList<ExportPart>> PartsAsync(ServicePoint servicePoint, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(servicePoint);
        var parts = new List<ExportPart>();
        foreach (var installation in await installations.ListAsync(new InstallationQuery(ServicePointId: servicePoint.Id, From: from, To: to), cancellationToken))
        {
            var start = installation.From > from ? installation.From : from;
            var end = installation.To is { } removed && removed < to ? removed : to;
            if (start < end && await meters.GetAsync(installation.MeterId, cancellationToken) is { } meter)
            {
                parts.Add(new ExportPart(servicePoint, meter, start, end));
            }
        }

        return [.. parts.OrderBy(p => p.Meter.Kind).ThenBy(p => p.From)];
    }

    /// <summary>The parts of every service point of an account, service point by service point.</summary>
    public async Task<IReadOnlyList<ExportPart>> PartsOfAccountAsync(string accountId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default)
    {
        var parts = new List<ExportPart>();
        foreach (var servicePoint in await ServicePointsOfAsync(accountId, cancellationToken))
        {
            parts.AddRange(await PartsAsync(servicePoint, from, to, cancellationToken));
        }

        return parts;
    }
}
