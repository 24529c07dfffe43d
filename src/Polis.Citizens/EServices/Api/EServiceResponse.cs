using Polis.Citizens.EServices.Catalogue;
using Polis.Citizens.Reports.Catalogue;

namespace Polis.Citizens.EServices.Api;

/// <summary>An e-service as the API answers it: kind by name, form fields ordered, slots with their free places when known.</summary>
public sealed record EServiceResponse(
    string Code,
    string Name,
    string? Description,
    string Kind,
    string Department,
    int ProcessingDays,
    IReadOnlyList<AttributeDefinition> Form,
    IReadOnlyList<AttachmentRule> Attachments,
    IReadOnlyList<SlotResponse> Slots,
    bool Active,
    DateTimeOffset? UpdatedAt,
    string? UpdatedBy)
{
    /// <summary>Staff see who changed it last; residents (<paramref name="bookings"/> given) see free places instead.</summary>
    public static EServiceResponse From(StoredEService stored, IReadOnlyDictionary<string, int>? bookings = null)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var s = stored.Service;
        var slots = s.Slots.OrderBy(x => x.StartsAt).Select(x => new SlotResponse(
            x.Id, x.StartsAt, x.EndsAt, x.Capacity, bookings is null ? null : Math.Max(0, x.Capacity - bookings.GetValueOrDefault(x.Id)))).ToList();
        var form = s.Form.OrderBy(f => f.Order ?? int.MaxValue).ToList();
        return new EServiceResponse(s.Code, s.Name, s.Description, EServiceKinds.Name(s.Kind), s.Department, s.ProcessingDays, form, s.Attachments, slots, s.Active,
            bookings is null ? stored.UpdatedAt : null, bookings is null ? stored.UpdatedBy : null);
    }
}
