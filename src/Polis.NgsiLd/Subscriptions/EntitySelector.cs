namespace Polis.NgsiLd.Subscriptions;

/// <summary>One member of a subscription's entities (clause 5.2.8): a type, optionally one id or an id pattern.</summary>
public sealed record EntitySelector(string Type, string? Id = null, string? IdPattern = null);
