using Polis.Platform.Devices;

namespace Polis.Platform.Commands.Groups;

/// <summary>Finds a target's devices: the registry filters (polygon as its bounding box), then the exact polygon.</summary>
public sealed class GroupTargetResolver(IDeviceRegistryStore registry, TimeProvider timeProvider)
{
    private const int PageSize = 1_000;

    /// <summary>The devices in id order; stops after <paramref name="limit"/> + 1 so the caller can tell "too many".</summary>
    public async Task<IReadOnlyList<Device>> ResolveAsync(GroupTarget target, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(target);
        var now = timeProvider.GetUtcNow().ToUnixTimeMilliseconds();
        var devices = new List<Device>();
        for (var offset = 0; devices.Count <= limit; offset += PageSize)
        {
            var page = await registry.QueryDevicesAsync(target.ToQuery(offset, PageSize), now, cancellationToken);
            devices.AddRange(page.Items.Where(target.Contains));
            if (page.Items.Count < PageSize)
            {
                break;
            }
        }

        return devices.Count > limit ? devices[..(limit + 1)] : devices;
    }
}
