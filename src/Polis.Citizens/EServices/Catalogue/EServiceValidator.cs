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
        var code = Slug(pathCode ?? body.Code, "code", errors);
        var name = Text(body.Name, "name", 200, errors, required: true);
        var description = Text(body.Description, "description", 2000, errors);
        var kind = EServiceKinds.Parse(body.Kind);
        if (kind is null)
        {
            errors["kind"] = [$"kind is required: one of {string.Join(", ", EServiceKinds.All)}."];
        }

        var department = Text(body.Department, "department", 200, errors, required: true);
        if (body.ProcessingDays is not (>= 0 and <= MaxProcessingDays))
        {
            errors["processingDays"] = [$"processingDays is required: the usual working time, 0 to {MaxProcessingDays} days."];
        }

        var form = Form(body.Form, errors);
        var attachments = Attachments(body.Attachments, errors);
        var slots = Slots(body.Slots, kind, errors);
        var service = new EService(code ?? string.Empty, name ?? string.Empty, description, kind ?? EServiceKind.Permit, department ?? string.Empty,
            body.ProcessingDays ?? 0, form, attachments, slots);
        return (errors.Count == 0 ? service : null, errors);
    }

    private static IReadOnlyList<AttributeDefinition> Form(IReadOnlyList<AttributeBody?>? fields, Dictionary<string, string[]> errors)
    {
        // Only the attributes' faults can arise: the placeholder code and name are valid.
        var (checkedForm, formErrors) = ServiceValidator.Validate(new ServiceBody("form", "form", null, null, null, null, null, null, fields));
        foreach (var (key, messages) in formErrors.Where(e => e.Key.StartsWith("attributes", StringComparison.Ordinal)))
        {
            errors["form" + key["attributes".Length..]] = messages;
        }

        return checkedForm?.Attributes ?? [];
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

            rules.Add(new AttachmentRule(name ?? string.Empty, Text(body.Description, $"{path}.description", 500, errors), types.OfType<string>().ToList(), body.Required ?? false));
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

    private static string? Text(string? value, string field, int maxLength, Dictionary<string, string[]> errors, bool required = false)
    {
        var text = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        if (text is null && required)
        {
            errors[field] = [$"{field} is required."];
        }
        else if (text?.Length > maxLength)
        {
            errors[field] = [$"{field} is at most {maxLength} characters."];
        }

        return text;
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$")]
    private static partial Regex SlugPattern();
}
