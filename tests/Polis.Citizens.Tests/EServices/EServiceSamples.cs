using Polis.Citizens.EServices.Catalogue;
using Polis.Citizens.Reports.Catalogue;

namespace Polis.Citizens.Tests.EServices;

/// <summary>The e-services the tests apply for: a building permit with a form of every datatype and a required PDF, and an appointment service.</summary>
internal static class EServiceSamples
{
    public static readonly DateTimeOffset Now = new(2026, 5, 4, 9, 0, 0, TimeSpan.Zero);

    public static IReadOnlyList<AttributeBody?> EveryDatatype { get; } =
    [
        new AttributeBody("address", true, "string", true, 1, "Address of the site", null, null),
        new AttributeBody("floors", true, "number", true, 2, "Number of floors", null, null),
        new AttributeBody("start", true, "datetime", false, 3, "Planned start", null, null),
        new AttributeBody("works", true, "text", false, 4, "Description of the works", null, null),
        new AttributeBody("use", true, "singlevaluelist", true, 5, "Use", null, [new AttributeValue("home", "Home"), new AttributeValue("shop", "Shop")]),
        new AttributeBody("extras", true, "multivaluelist", false, 6, "Extras", null,
            [new AttributeValue("garage", "Garage"), new AttributeValue("shed", "Shed"), new AttributeValue("pool", "Pool")]),
        new AttributeBody("notice", false, "text", false, 7, "Bring your ID to any appointment.", null, null),
    ];

    public static EServiceBody PermitBody(string code = "building-permit") => new(
        code, "Building permit", "Permission to build or extend a house.", "permit", "planning", 20, EveryDatatype,
        [new AttachmentRuleBody("site-plan", "The site plan", ["pdf"], true), new AttachmentRuleBody("photo", "A photo of the site", ["jpeg", "png"], false)], null);

    public static EServiceBody AppointmentBody(int capacity = 3) => new(
        "passport-appointment", "Passport appointment", null, "appointment", "citizen-service", 0, null, [],
        [new SlotBody("mon-9", Now.AddDays(7), Now.AddDays(7).AddMinutes(30), capacity), new SlotBody("mon-10", Now.AddDays(7).AddHours(1), Now.AddDays(7).AddHours(1.5), 1)]);

    public static EService Permit() => Valid(PermitBody());

    public static EService Appointment(int capacity = 3) => Valid(AppointmentBody(capacity));

    private static EService Valid(EServiceBody body)
    {
        var (service, errors) = EServiceValidator.Validate(body);
        Assert.Empty(errors);
        return service!;
    }
}
