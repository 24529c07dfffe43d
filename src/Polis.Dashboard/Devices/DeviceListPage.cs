namespace Polis.Dashboard.Devices;

/// <summary>
/// One page of the device list. <see cref="ExactMatch"/> is the device whose id equals the search text, when there is
/// one: the store searches names, and an operator often types the id printed on the device.
/// </summary>
public sealed record DeviceListPage(IReadOnlyList<DeviceListRow> Rows, int Total, DeviceListRow? ExactMatch);
