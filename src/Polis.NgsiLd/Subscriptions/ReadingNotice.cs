namespace Polis.NgsiLd.Subscriptions;

/// <summary>A device reported these keys; queued from the ingest path for the notifier.</summary>
public sealed record ReadingNotice(string DeviceId, string ProfileId, IReadOnlyList<string> Keys);
