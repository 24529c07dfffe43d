using Polis.Citizens.Reports.Catalogue;

namespace Polis.Citizens.EServices.Catalogue;

/// <summary>
/// A city e-service residents apply for: its form (Open311-style attribute definitions, the same
/// <see cref="AttributeDefinition"/> the report catalogue uses), the documents it needs, the department that works
/// on it and how long that usually takes. Appointment services publish <see cref="Slots"/>. Deactivated services are
/// hidden from residents but keep their requests.
/// </summary>
public sealed record EService(
    string Code,
    string Name,
    string? Description,
    EServiceKind Kind,
    string Department,
    int ProcessingDays,
    IReadOnlyList<AttributeDefinition> Form,
    IReadOnlyList<AttachmentRule> Attachments,
    IReadOnlyList<AppointmentSlot> Slots,
    bool Active = true);
