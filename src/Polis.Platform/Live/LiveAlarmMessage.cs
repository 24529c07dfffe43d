using Polis.Platform.Alarms;

namespace Polis.Platform.Live;

/// <summary>What an "alarm" message carries.</summary>
public sealed record LiveAlarmMessage(AlarmChange Change, AlarmResponse Alarm);
