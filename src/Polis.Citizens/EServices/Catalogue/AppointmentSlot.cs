namespace Polis.Citizens.EServices.Catalogue;

/// <summary>A published appointment time: residents book it until <see cref="Capacity"/> active bookings hold it.</summary>
public sealed record AppointmentSlot(string Id, DateTimeOffset StartsAt, DateTimeOffset EndsAt, int Capacity);
