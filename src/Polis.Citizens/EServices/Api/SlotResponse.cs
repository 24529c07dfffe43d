namespace Polis.Citizens.EServices.Api;

/// <summary>An appointment slot as answered; <see cref="Remaining"/> is the places still free (residents' catalogue only).</summary>
public sealed record SlotResponse(string Id, DateTimeOffset StartsAt, DateTimeOffset EndsAt, int Capacity, int? Remaining);
