using Polis.Platform.Alarms;

namespace Polis.Storage.Sqlite.Notifications;

/// <summary>The filter lists of a target, stored together as one JSON column.</summary>
internal sealed record TargetFilters(List<AlarmSeverity> Severities, List<string> ProfileIds, List<string> Districts, List<AlarmChange> Changes);
