namespace Polis.NgsiLd.Subscriptions;

/// <summary>How notifications are shaped and where they go (clause 5.2.14): attributes projection, format, endpoint.</summary>
public sealed record NotificationParams(IReadOnlyList<string>? Attributes, bool KeyValues, Uri Endpoint, string Accept)
{
    public const string Json = "application/json";
}
