using Polis.Citizens.Reports.Catalogue;

namespace Polis.Citizens.EServices.Catalogue;

/// <summary>Body of POST /api/v1/citizens/eservices and PUT .../{code}; checked by <see cref="EServiceValidator"/>.</summary>
public sealed record EServiceBody(
    string? Code,
    string? Name,
    string? Description,
    string? Kind,
    string? Department,
    int? ProcessingDays,
    IReadOnlyList<AttributeBody?>? Form,
    IReadOnlyList<AttachmentRuleBody?>? Attachments,
    IReadOnlyList<SlotBody?>? Slots);
