using System.Text.RegularExpressions;
using Polis.Citizens.Reports.Catalogue;

namespace Polis.Citizens.EServices.Catalogue;

/// <summary>
/// Turns an <see cref="EServiceBody"/> into an <see cref="EService"/>, collecting every fault keyed by JSON path so an
/// administrator fixes a definition in one go. The form's fields are checked by the report catalogue's own
/// <see cref="ServiceValidator"/> (the same Open311 attribute rules), its paths renamed from <c>attributes</c> to <c>form</c>.
/// </summary>
public static partial class EServiceValidator
{
    public const int MaxAttachments = 20;
    public const int MaxSlots = 1000;
    public const int MaxProcessingDays = 365;
    public const int MaxCapacity = 10_000;

    public static (EService? Service, Dictionary<string, string[]> Errors) Validate(EServiceBody body, string? pathCode = null)
    {
        ArgumentNullException.ThrowIfNull(body);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var common = Common(body, pathCode, errors);
        var kind = EServiceKinds.Parse(body.Kind);
        if (kind is null)
        {
            errors["kind"] = [$"kind is required: one of {string.Join(", ", EServiceKinds.All)}."];
        }

        if (body.ProcessingDays is not (>= 0 and <= MaxProcessingDays))
        {
            errors["processingDays"] = [$"processingDays is required: the usual working time, 0 to {MaxProcessingDays} days."];
        }

        var attachments = Attachments(body.Attachments, errors);
        var slots = Slots(body.Slots, kind, errors);
        return errors.Count > 0 || common is null
            ? (null, errors)
            : (new EService(common.Code, common.Name, common.Description, kind!.Value, common.Department!, body.ProcessingDays!.Value, common.Attributes, attachments, slots), errors);
    }

    /// <summary>
    /// Code, name, description, department and form follow the report catalogue's rules exactly, so they are checked
    /// by its <see cref="ServiceValidator"/>; its field names are mapped to this body's (<c>attributes[i]</c> → <c>form[i]</c>).
    /// </summary>
    private static ReportService? Common(EServiceBody body, string? pathCode, Dictionary<string, string[]> errors)
    {
        var (common, commonErrors) = ServiceValidator.Validate(new ServiceBody(body.Code, body.Name, body.Description, null, null, null, null, body.Department, body.Form), pathCode);
        foreach (var (key, messages) in commonErrors)
        {
            var renamed = key switch
            {
                "serviceCode" => "code",
                "serviceName" => "name",
                _ when key.StartsWith("attributes", StringComparison.Ordinal) => "form" + key["attributes".Length..],
                _ => key,
            };
            errors[renamed] = [.. messages.Select(m => m.Replace(key, renamed, StringComparison.Ordinal))];
        }

        if (string.IsNullOrWhiteSpace(body.Department))
        {
            errors["department"] = ["department is required: who works on the requests."];
        }

        return common;
    }

    private static List<AttachmentRule> Attachments(IReadOnlyList<AttachmentRuleBody?>? bodies, Dictionary<string, string[]> errors)
    {
        var rules = new List<AttachmentRule>();
        if (bodies is { Count: > MaxAttachments })
        {
            errors["attachments"] = [$"At most {MaxAttachments} attachments."];
            return rules;
        }

        for (var i = 0; i < (bodies?.Count ?? 0); i++)
        {
            var path = $"attachments[{i}]";
            if (bodies![i] is not { } body)
            {
                errors[path] = ["Expected an attachment object."];
                continue;
            }

            var name = Slug(body.Name, $"{path}.name", errors);
            if (name is not null && rules.Any(r => r.Name == name))
            {
                errors[$"{path}.name"] = [$"Attachment name '{name}' is used twice."];
            }

            var types = (body.AllowedTypes ?? []).Select(t => t?.Trim().ToLowerInvariant()).ToList();
            if (types.Count == 0 || types.Any(t => t is null || !AttachmentTypes.All.Contains(t)) || types.Distinct().Count() != types.Count)
            {
                errors[$"{path}.allowedTypes"] = [$"allowedTypes lists one or more of {string.Join(", ", AttachmentTypes.All)}, each once."];
            }

            var description = string.IsNullOrWhiteSpace(body.Description) ? null : body.Description.Trim();
            if (description?.Length > 500)
            {
                errors[$"{path}.description"] = ["description is at most 500 characters."];
            }

            rules.Add(new AttachmentRule(name ?? string.Empty, description, types.OfType<string>().ToList(), body.Required ?? false));
        }

        return rules;
    }

    private static List<AppointmentSlot> Slots(IReadOnlyList<SlotBody?>? bodies, EServiceKind? kind, Dictionary<string, string[]> errors)
    {
        var slots = new List<AppointmentSlot>();
        if (kind is not EServiceKind.Appointment)
        {
            if (bodies is { Count: > 0 })
            {
                errors["slots"] = ["Only appointment services have slots."];
            }

            return slots;
        }

        if (bodies is not { Count: > 0 and <= MaxSlots })
        {
            errors["slots"] = [$"An appointment service publishes 1 to {MaxSlots} slots."];
            return slots;
        }

        for (var i = 0; i < bodies.Count; i++)
        {
            var path = $"slots[{i}]";
            var body = bodies[i];
            var id = Slug(body?.Id, $"{path}.id", errors);
            if (id is not null && slots.Any(s => s.Id == id))
            {
                errors[$"{path}.id"] = [$"Slot id '{id}' is used twice."];
            }

            if (body?.StartsAt is not { } starts || body.EndsAt is not { } ends || ends <= starts)
            {
                errors[$"{path}.endsAt"] = ["startsAt and endsAt are required, endsAt after startsAt."];
            }

            if (body?.Capacity is not (>= 1 and <= MaxCapacity))
            {
                errors[$"{path}.capacity"] = [$"capacity is 1 to {MaxCapacity} bookings."];
            }

            slots.Add(new AppointmentSlot(id ?? string.Empty, body?.StartsAt ?? default, body?.EndsAt ?? default, body?.Capacity ?? 0));
        }

        return slots;
    }

    private static string? Slug(string? value, string field, Dictionary<string, string[]> errors)
    {
        var slug = value?.Trim();
        if (string.IsNullOrEmpty(slug) || !SlugPattern().IsMatch(slug))
        {
            errors[field] = [$"{field} is required: 1 to 64 letters, digits, '-' or '_'."];
            return null;
        }

        return slug;
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$")]
    private static partial Regex SlugPattern();
}
