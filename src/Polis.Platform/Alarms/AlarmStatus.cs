namespace Polis.Platform.Alarms;

/// <summary>
/// Where an alarm is in its lifecycle: active-unacknowledged → active-acknowledged → cleared. An alarm
/// may also clear before anyone acknowledged it; cleared alarms are kept with their history.
/// </summary>
public enum AlarmStatus
{
    ActiveUnacknowledged = 0,
    ActiveAcknowledged = 1,
    Cleared = 2,
}
