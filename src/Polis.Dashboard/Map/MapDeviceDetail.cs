using Polis.Contracts.Devices;
using Polis.Platform.Alarms;
using Polis.Platform.Devices;

namespace Polis.Dashboard.Map;

/// <summary>What the map shows for a clicked marker: the registry entry, the live twin and the open alarms.</summary>
public sealed record MapDeviceDetail(Device Device, DeviceTwin Twin, IReadOnlyList<Alarm> OpenAlarms, int OpenAlarmTotal);
