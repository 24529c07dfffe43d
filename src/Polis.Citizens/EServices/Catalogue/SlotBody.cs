namespace Polis.Citizens.EServices.Catalogue;

/// <summary>One appointment slot in an <see cref="EServiceBody"/>.</summary>
public sealed record SlotBody(string? Id, DateTimeOffset? StartsAt, DateTimeOffset? EndsAt, int? Capacity);
