namespace Polis.NgsiLd.Subscriptions;

/// <summary>A subscription as a store keeps it: the definition JSON (<see cref="SubscriptionJson"/>) and the delivery status.</summary>
public sealed record StoredSubscription(string Id, string DefinitionJson, NotificationStatus Status);
