namespace Polis.Platform.Notifications;

/// <summary>A delivery with its attempts, as the API shows it.</summary>
public sealed record DeliveryResponse(Delivery Delivery, IReadOnlyList<DeliveryAttempt> Attempts);
