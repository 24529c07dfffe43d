using Polis.Metering.Meters;

namespace Polis.Metering.Detection;

/// <summary>Reads whole registries page by page (the stores cap a page), for runs over every meter of a city.</summary>
internal static class RegistryPages
{
    private const int PageSize = 1_000;

    public static async Task<List<Meter>> AllMetersAsync(IMeterStore meters, CancellationToken cancellationToken)
    {
        var all = new List<Meter>();
        for (var offset = 0; ; offset += PageSize)
        {
            var page = await meters.ListAsync(new MeterQuery(Offset: offset, Limit: PageSize), cancellationToken);
            all.AddRange(page.Items);
            if (page.Items.Count < PageSize)
            {
                return all;
            }
        }
    }

    public static async Task<List<ServicePoint>> ServicePointsAsync(IServicePointStore servicePoints, ServicePointQuery query, CancellationToken cancellationToken)
    {
        var all = new List<ServicePoint>();
        for (var offset = 0; ; offset += PageSize)
        {
            var page = await servicePoints.ListAsync(query with { Offset = offset, Limit = PageSize }, cancellationToken);
            all.AddRange(page.Items);
            if (page.Items.Count < PageSize)
            {
                return all;
            }
        }
    }
}
