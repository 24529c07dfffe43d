using Polis.Citizens.EServices.Catalogue;
using Polis.Citizens.Reports.Catalogue;

namespace Polis.Citizens.Tests.EServices;

public sealed class EServiceValidatorTests
{
    [Fact]
    public void Validate_PermitWithEveryDatatype_KeepsFormAttachmentsAndKind()
    {
        var (service, errors) = EServiceValidator.Validate(EServiceSamples.PermitBody());

        Assert.Empty(errors);
        Assert.Equal(EServiceKind.Permit, service!.Kind);
        Assert.Equal(("planning", 20), (service.Department, service.ProcessingDays));
        Assert.Equal(AttributeDatatypes.All.Order(), service.Form.Where(f => f.Variable).Select(f => f.Datatype).Order());
        Assert.Equal(["pdf"], service.Attachments.Single(a => a.Name == "site-plan").AllowedTypes);
        Assert.True(service.Attachments.Single(a => a.Name == "site-plan").Required);
        Assert.Empty(service.Slots);
    }

    [Fact]
    public void Validate_EveryFaultAtOnce_ListsEachByPath()
    {
        var body = new EServiceBody(
            "no spaces", null, new string('x', 2001), "licence", null, 400,
            [new AttributeBody("size", true, "colour", false, 0, null, null, null), new AttributeBody("size", true, "singlevaluelist", false, 1, null, null, [])],
            [new AttachmentRuleBody("plan", null, ["pdf", "docx"], true), new AttachmentRuleBody("plan", null, [], false), null],
            [new SlotBody("a", EServiceSamples.Now, EServiceSamples.Now, 1)]);

        var (service, errors) = EServiceValidator.Validate(body);

        Assert.Null(service);
        Assert.Equal(
            ["attachments[0].allowedTypes", "attachments[1].allowedTypes", "attachments[1].name", "attachments[2]", "code", "department", "description",
             "form[0].datatype", "form[0].order", "form[1].code", "form[1].values", "kind", "name", "processingDays", "slots"],
            errors.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("pdf, jpeg, png", errors["attachments[0].allowedTypes"][0], StringComparison.Ordinal);
        Assert.Equal("Attribute code 'size' is used twice.", errors["form[1].code"][0]);
    }

    [Fact]
    public void Validate_AppointmentWithoutSlots_Refused()
    {
        var (_, errors) = EServiceValidator.Validate(EServiceSamples.AppointmentBody() with { Slots = [] });

        Assert.Equal(["slots"], errors.Keys);
    }

    [Fact]
    public void Validate_BadSlots_EachFaultByIndex()
    {
        var start = EServiceSamples.Now;
        var (_, errors) = EServiceValidator.Validate(EServiceSamples.AppointmentBody() with
        {
            Slots = [new SlotBody("a", start, start.AddHours(1), 0), new SlotBody("a", start, start.AddHours(-1), 2), new SlotBody(null, null, null, 1)],
        });

        Assert.Equal(["slots[0].capacity", "slots[1].endsAt", "slots[1].id", "slots[2].endsAt", "slots[2].id"], errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Validate_AppointmentWithValidSlots_Accepted()
    {
        var (service, errors) = EServiceValidator.Validate(EServiceSamples.AppointmentBody(capacity: 4));

        Assert.Empty(errors);
        Assert.Equal(EServiceKind.Appointment, service!.Kind);
        Assert.Equal([4, 1], service.Slots.Select(s => s.Capacity));
    }
}
