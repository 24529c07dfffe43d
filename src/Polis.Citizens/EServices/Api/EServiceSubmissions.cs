using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Polis.Citizens.EServices.Catalogue;
using Polis.Citizens.EServices.Requests;

namespace Polis.Citizens.EServices.Api;

/// <summary>
/// A resident's submission, checked in full before anything is stored: the <c>request</c> JSON part (service, answers,
/// slot) and every file. All faults come back together as one validation problem; only a submission without faults
/// reaches the store, which writes the request, its attachments and its first history entry in one transaction.
/// </summary>
public sealed class EServiceSubmissions(IEServiceCatalogueStore catalogue, IEServiceRequestStore requests, AttachmentIntake attachments, TimeProvider timeProvider)
{
    public const string RequestPart = "request";

    public async Task<Results<Created<EServiceRequestResponse>, ValidationProblem, ProblemHttpResult>> SubmitAsync(
        IFormCollection form, string residentUserId, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (Body(form) is not { } body)
        {
            return EServiceProblems.Invalid(RequestPart, $"A '{RequestPart}' part is required: JSON {{\"serviceCode\", \"answers\": {{code: value or [values]}}, \"slotId\"}}.");
        }

        var code = body.ServiceCode?.Trim() ?? string.Empty;
        if ((await catalogue.GetAsync(code, cancellationToken))?.Service is not { Active: true } service)
        {
            return EServiceProblems.Invalid("serviceCode", $"serviceCode '{code}' is not an e-service residents can apply for.");
        }

        var (answers, errors) = EServiceAnswers.Check(service, body.Answers);
        var slot = Slot(service, body.SlotId, errors);
        var files = await attachments.CheckAsync(service, form.Files, requireAll: true, allowOther: false, errors, cancellationToken);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The submission has faults; nothing was stored.");
        }

        var submitted = await requests.SubmitAsync(
            new NewEServiceRequest(service.Code, residentUserId, actor, service.Department, answers, slot?.Id, slot?.Capacity ?? 0, timeProvider.GetUtcNow()), files, cancellationToken);
        return submitted is null
            ? EServiceProblems.Conflict("Slot full", $"Slot '{slot!.Id}' has no places left ({slot.Capacity} booked); choose another. Nothing was stored.")
            : TypedResults.Created($"/api/v1/me/eservice-requests/{submitted.Id}", EServiceRequestResponse.From(submitted, forStaff: false));
    }

    private AppointmentSlot? Slot(EService service, string? slotId, Dictionary<string, string[]> errors)
    {
        if (service.Kind != EServiceKind.Appointment)
        {
            if (slotId is not null)
            {
                errors["slotId"] = [$"'{service.Code}' is not an appointment service; send no slotId."];
            }

            return null;
        }

        var slot = service.Slots.FirstOrDefault(s => s.Id == slotId);
        if (slot is null)
        {
            errors["slotId"] = [slotId is null
                ? $"slotId is required: one of the slots '{service.Code}' publishes."
                : $"'{service.Code}' publishes no slot '{slotId}': choose one of {string.Join(", ", service.Slots.Select(s => s.Id))}."];
        }
        else if (slot.StartsAt <= timeProvider.GetUtcNow())
        {
            errors["slotId"] = [$"Slot '{slot.Id}' started at {slot.StartsAt:O}; choose a later one."];
        }

        return slot;
    }

    private static SubmissionBody? Body(IFormCollection form)
    {
        if (form[RequestPart] is not [{ } json])
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<SubmissionBody>(json, JsonSerializerOptions.Web);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
